package nl.bewijsmap.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real data folder and one dossier, with a single "FX" thread standing in for JavaFX's: ViewModel state is
 * only touched there, as in the app, while imports run on the app's own import threads.
 */
abstract class EvidenceViewModelFixture {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 11, 21, 14, 30, 5, 0, AMSTERDAM).toInstant(),
            AMSTERDAM);

    @TempDir
    Path dataDir;

    @TempDir
    Path desktop;

    Services services;
    long dossierId;
    final List<Exception> errors = new ArrayList<>();
    final ExecutorService fx = Executors.newSingleThreadExecutor();
    final ExecutorService worker = Executors.newSingleThreadExecutor();
    final Background background = new Background(worker, fx);
    final I18n i18n = new I18n(I18n.ENGLISH);

    @BeforeEach
    void openDataFolder() {
        services = Services.open(dataDir, CLOCK);
        dossierId = services.dossiers().create("Washing machine", DossierFacts.EMPTY, null).id();
    }

    @AfterEach
    void closeDataFolder() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
        fx.shutdown();
        fx.awaitTermination(10, TimeUnit.SECONDS);
        services.close();
        assertThat(errors).isEmpty();
    }

    /** Runs on the stand-in FX thread and returns what it gave. */
    <T> T onFx(Callable<T> work) throws Exception {
        return fx.submit(work).get(20, TimeUnit.SECONDS);
    }

    void onFx(Runnable work) throws Exception {
        fx.submit(work).get(20, TimeUnit.SECONDS);
    }

    /** Waits until the condition holds on the FX thread (background work hands its results there). */
    void waitUntil(BooleanSupplier condition) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(20);
        }
    }
}
