package nl.bewijsmap.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work off the FX thread and hands the result back on it. The two executors are given so that
 * ViewModel tests can run everything on one thread.
 */
public final class Background {

    private static final Logger LOG = LoggerFactory.getLogger(Background.class);

    private final Executor worker;
    private final Executor fx;

    public Background(Executor worker, Executor fx) {
        this.worker = Objects.requireNonNull(worker);
        this.fx = Objects.requireNonNull(fx);
    }

    /** Both on the calling thread: for tests. */
    public static Background direct() {
        return new Background(Runnable::run, Runnable::run);
    }

    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onError) {
        Runnable task = () -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                LOG.warn("Background work failed", e);
                fx.execute(() -> onError.accept(e));
                return;
            }
            fx.execute(() -> onSuccess.accept(result));
        };
        try {
            worker.execute(task);
        } catch (RejectedExecutionException e) {
            // Only once the window has closed: what finished last (a save) asks to read the list again, for no one.
            LOG.info("Background work asked for after the worker stopped; not done", e);
        }
    }

    public void run(Runnable work, Runnable onSuccess, Consumer<? super Exception> onError) {
        run(() -> {
            work.run();
            return null;
        }, ignored -> onSuccess.run(), onError);
    }

    /** Runs on the FX side (used by ViewModels to stay on the thread their properties belong to). */
    public void onFx(Runnable action) {
        fx.execute(action);
    }
}
