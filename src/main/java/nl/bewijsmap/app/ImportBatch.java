package nl.bewijsmap.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.ImportProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Many files into one dossier on the import threads (hashing and copying use both cores). Each answer is
 * reported as it comes; cancelling lets the files already being copied finish and skips the rest. A file that
 * is half-way never leaves anything behind: the vault writes whole files or nothing.
 */
public final class ImportBatch {

    private static final Logger LOG = LoggerFactory.getLogger(ImportBatch.class);

    /** What the batch tells its caller, on the import threads. */
    public interface Listener {
        /** One file has its answer; {@code done} counts the answers so far. */
        void answered(ImportResult result, int done, int total);

        /** Every file has its answer, or was skipped because the batch was cancelled. */
        void finished(int skipped);
    }

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private final AtomicInteger outstanding;
    private final int total;

    private ImportBatch(int total) {
        this.total = total;
        this.outstanding = new AtomicInteger(total);
    }

    /** Starts importing; returns at once. {@code kind} null means: guess each file's kind. */
    public static ImportBatch start(EvidenceImporter importer, ExecutorService workers, long dossierId,
                                    List<Path> files, EvidenceKind kind, Listener listener) {
        Objects.requireNonNull(listener, "listener");
        List<Path> copy = List.copyOf(files);
        ImportBatch batch = new ImportBatch(copy.size());
        if (copy.isEmpty()) {
            listener.finished(0);
            return batch;
        }
        for (Path file : copy) {
            workers.execute(() -> batch.importOne(importer, dossierId, file, kind, listener));
        }
        return batch;
    }

    private void importOne(EvidenceImporter importer, long dossierId, Path file, EvidenceKind kind,
                           Listener listener) {
        try {
            if (cancelled.get()) {
                skipped.incrementAndGet();
            } else {
                ImportResult result = importer.importFile(dossierId, file, kind);
                listener.answered(result, answered.incrementAndGet(), total);
            }
        } catch (RuntimeException e) {
            // The importer turns every file problem into an answer; this is the database or the disk failing.
            LOG.error("Import of {} failed", file, e);
            listener.answered(ImportResult.rejected(file, ImportProblem.UNREADABLE, ""),
                    answered.incrementAndGet(), total);
        } finally {
            if (outstanding.decrementAndGet() == 0) {
                listener.finished(skipped.get());
            }
        }
    }

    /** Stops after the files already being copied; the rest are not imported. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public int total() {
        return total;
    }
}
