package nl.bewijsmap;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.ui.MainWindow;
import nl.bewijsmap.ui.common.AppExecutor;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.settings.LanguageChoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: opens the data off the FX thread, then shows the main window. */
public final class BewijsmapApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(BewijsmapApp.class);
    private static volatile Path dataDir;

    private Services services;
    private ExecutorService executor;
    private Locale locale;
    private MainWindow window;
    private Exception startupProblem;

    static void launchWith(Path directory) {
        dataDir = directory;
        Application.launch(BewijsmapApp.class);
    }

    /** Runs on the launcher thread, not the FX thread: the place for opening files. */
    @Override
    public void init() {
        try {
            services = Services.open(dataDir, Clock.systemDefaultZone());
            // Dossiers deleted in the last session can no longer be undone: empty the bin now.
            services.dossiers().purgeDeleted();
            locale = LanguageChoice.fromCode(services.settings().get(LanguageChoice.SETTING))
                    .locale(Locale.getDefault());
        } catch (RuntimeException e) {
            LOG.error("Cannot open the data directory {}", dataDir, e);
            startupProblem = e;
            locale = I18n.supported(Locale.getDefault());
        }
        executor = AppExecutor.create();
    }

    @Override
    public void start(Stage stage) {
        MainWindow.applyTheme();
        if (startupProblem != null) {
            I18n i18n = new I18n(locale);
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.setTitle(i18n.text("app.title"));
            alert.setHeaderText(i18n.text("error.startup", dataDir));
            alert.setContentText(startupProblem.getMessage());
            alert.showAndWait();
            Platform.exit();
            return;
        }
        // JavaFX's own controls (the date picker's month names) follow the default locale.
        Locale.setDefault(locale);
        window = new MainWindow(stage, services, new Background(executor, Platform::runLater), locale,
                Clock.systemDefaultZone());
        window.openDocumentsWith(getHostServices()::showDocument);
        window.show();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.flush();
        }
        AppExecutor.shutdown(executor);
        if (window != null) {
            window.stopWork();
        }
        if (services != null) {
            services.close();
        }
        LOG.info("Closed");
    }
}
