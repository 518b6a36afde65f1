package nl.bewijsmap.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one bounded, named executor for the app's background work, shut down on exit. */
public final class AppExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(AppExecutor.class);

    private AppExecutor() {
    }

    public static ExecutorService create() {
        return create("bewijsmap-worker");
    }

    /** One daemon thread named {@code name-1}: work handed to it is done in the order asked. */
    public static ExecutorService create(String name) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        // One thread: a save, a delete and a reload of the same dossier must happen in the order asked.
        return new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(10_000), threads);
    }

    /** Lets queued saves finish so that closing the window never drops an edit. */
    public static void shutdown(ExecutorService executor) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Background work still running after 10 s at exit");
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}
