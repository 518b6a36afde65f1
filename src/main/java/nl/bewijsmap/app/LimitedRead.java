package nl.bewijsmap.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.ImportProblem;
import nl.bewijsmap.intake.Reading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads a stored file on the parser threads under a time limit: parsers can hang on hostile input. */
final class LimitedRead {

    private static final Logger LOG = LoggerFactory.getLogger(LimitedRead.class);

    private final ExecutorService parsers;
    private final Duration limit;

    LimitedRead(ExecutorService parsers, Duration limit) {
        this.parsers = parsers;
        this.limit = limit;
    }

    /** The reading, or a reading that says why there is none; never throws. */
    Reading read(Path stored, Callable<Reading> work) {
        Future<Reading> future = parsers.submit(work);
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            LOG.warn("Reading {} took longer than {}", stored, limit);
            return Reading.failed(EvidenceKind.OTHER, ImportProblem.READ_TIMEOUT, "");
        } catch (ExecutionException e) {
            LOG.warn("Reading {} failed", stored, e.getCause());
            return Reading.failed(EvidenceKind.OTHER, ImportProblem.DAMAGED, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return Reading.failed(EvidenceKind.OTHER, ImportProblem.READ_TIMEOUT, "");
        }
    }
}
