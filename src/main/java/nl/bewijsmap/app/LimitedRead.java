package nl.bewijsmap.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.ImportProblem;
import nl.bewijsmap.intake.Reading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads a stored file under the time limit (parsers can hang on hostile input), turning failures into answers. */
final class LimitedRead {

    private static final Logger LOG = LoggerFactory.getLogger(LimitedRead.class);

    private final TimeLimit limit;

    LimitedRead(TimeLimit limit) {
        this.limit = limit;
    }

    /** The reading, or a reading that says why there is none; never throws. */
    Reading read(Path stored, Callable<Reading> work) {
        try {
            return limit.run(work);
        } catch (TimeoutException e) {
            LOG.warn("Reading {} took longer than {}", stored, limit.limit());
            return Reading.failed(EvidenceKind.OTHER, ImportProblem.READ_TIMEOUT, "");
        } catch (ExecutionException e) {
            LOG.warn("Reading {} failed", stored, e.getCause());
            return Reading.failed(EvidenceKind.OTHER, ImportProblem.DAMAGED, "");
        } catch (InterruptedException e) {
            return Reading.failed(EvidenceKind.OTHER, ImportProblem.READ_TIMEOUT, "");
        }
    }
}
