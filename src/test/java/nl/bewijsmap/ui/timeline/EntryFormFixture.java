package nl.bewijsmap.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.bewijsmap.app.DossierLog;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real data folder with one dossier, and the test's own thread standing in for the FX thread: what the
 * background work hands back waits in a queue until {@link #settle()} runs it, so a test can also look at the
 * form before the background answered.
 */
abstract class EntryFormFixture {

    /** Saturday 21 November 2026, 14:37:52 in Amsterdam (winter time, UTC+1). */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T13:37:52Z"), ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path dataDir;

    Services services;
    DossierLog log;
    long dossierId;
    final List<Exception> errors = new ArrayList<>();
    final I18n i18n = new I18n(I18n.ENGLISH);
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final BlockingQueue<Runnable> handedBack = new LinkedBlockingQueue<>();
    final Background background = new Background(worker, handedBack::add);

    @BeforeEach
    void openDataFolder() {
        services = Services.open(dataDir, CLOCK);
        log = services.log();
        dossierId = services.dossiers().create("Washing machine", DossierFacts.EMPTY, null).id();
    }

    @AfterEach
    void closeDataFolder() throws InterruptedException {
        worker.shutdown();
        assertThat(worker.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        services.close();
        assertThat(errors).isEmpty();
    }

    /** Lets the background work finish and runs what it handed back, until neither has anything left. */
    void settle() throws Exception {
        while (true) {
            // One worker thread, in order: once this empty task ran, all work before it has handed back.
            worker.submit(() -> { }).get(20, TimeUnit.SECONDS);
            Runnable next = handedBack.poll();
            if (next == null) {
                return;
            }
            for (; next != null; next = handedBack.poll()) {
                next.run();
            }
        }
    }
}
