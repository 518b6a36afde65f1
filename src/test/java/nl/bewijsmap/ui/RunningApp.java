package nl.bewijsmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.ui.common.AppExecutor;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.I18n;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on a real data folder, opened and closed the way the app does it. */
final class RunningApp implements AutoCloseable {

    private final Stage stage;
    private final Services services;
    private final ExecutorService executor;
    private MainWindow window;

    private RunningApp(Stage stage, Services services) {
        this.stage = stage;
        this.services = services;
        this.executor = AppExecutor.create();
    }

    /** Opens the data folder and shows the window in English. */
    static RunningApp open(Stage stage, Path dataDir) throws TimeoutException {
        return open(stage, Services.open(dataDir, Clock.systemDefaultZone()));
    }

    /** Shows the window on services the test has already opened (and prepared). */
    static RunningApp open(Stage stage, Services services) throws TimeoutException {
        RunningApp app = new RunningApp(stage, services);
        FxToolkit.setupFixture(() -> {
            app.window = new MainWindow(stage, services, new Background(app.executor, Platform::runLater),
                    I18n.ENGLISH, Clock.systemDefaultZone());
            app.window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    Services services() {
        return services;
    }

    /** As the app does on exit: save what was typed, let the saves finish, close the database. */
    @Override
    public void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            window.flush();
            stage.hide();
        });
        AppExecutor.shutdown(executor);
        assertThat(executor.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        services.close();
    }

    /** Waits, letting the FX thread run, until the condition holds. */
    static void waitUntil(int seconds, BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
