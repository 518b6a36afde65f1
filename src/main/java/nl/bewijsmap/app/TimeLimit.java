package nl.bewijsmap.app;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs parser work on the parser threads and gives up after the read limit, interrupting the work. */
final class TimeLimit {

    private final ExecutorService parsers;
    private final Duration limit;

    TimeLimit(ExecutorService parsers, Duration limit) {
        this.parsers = parsers;
        this.limit = limit;
    }

    Duration limit() {
        return limit;
    }

    /**
     * The work's answer. On a timeout or an interrupt of the caller the work is interrupted too (parsers
     * check for that) and the caller's interrupt flag is kept.
     */
    <T> T run(Callable<T> work) throws TimeoutException, ExecutionException, InterruptedException {
        Future<T> future = parsers.submit(work);
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw e;
        }
    }
}
