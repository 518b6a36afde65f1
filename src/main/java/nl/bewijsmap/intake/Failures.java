package nl.bewijsmap.intake;

import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Path;
import java.util.Locale;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.ImportDetail;
import nl.bewijsmap.domain.ImportProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns whatever a parser threw into a plain-words warning; only errors of the JVM itself pass through. */
final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    /**
     * A StackOverflowError (deeply nested objects) and an OutOfMemoryError from one huge allocation a
     * hostile file asked for leave the JVM usable, so they become TOO_COMPLEX. Other VirtualMachineErrors
     * (InternalError, UnknownError) mean the JVM itself is broken and are rethrown. LinkageErrors and the
     * like (PDFBox on certificate-encrypted files) are just failures to read this file.
     */
    static Reading toReading(Throwable t, Path file, EvidenceKind kind) {
        if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError) && !(t instanceof OutOfMemoryError)) {
            throw (VirtualMachineError) t;
        }
        String name = String.valueOf(file.getFileName());
        if (t instanceof StackOverflowError || t instanceof OutOfMemoryError) {
            LOG.warn("{} is too complex to read: {}", name, t.toString());
            return Reading.failed(kind, ImportProblem.TOO_COMPLEX, ImportDetail.BUILT_TOO_DEEP.name());
        }
        if (t instanceof InterruptedException || t instanceof ClosedByInterruptException
                || t instanceof InterruptedIOException || Thread.currentThread().isInterrupted()) {
            Thread.currentThread().interrupt();
            LOG.info("reading {} was stopped", name);
            return Reading.failed(kind, ImportProblem.READ_TIMEOUT, "");
        }
        if (mentionsEncryption(t)) {
            LOG.info("{} is encrypted in a way we cannot open: {}", name, t.toString());
            return Reading.failed(kind, ImportProblem.ENCRYPTED, "");
        }
        LOG.info("{} could not be read", name, t);
        return Reading.failed(kind, ImportProblem.DAMAGED, ImportDetail.CONTENTS_UNREADABLE.name());
    }

    private static boolean mentionsEncryption(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String text = (c.getClass().getName() + " " + c.getMessage()).toLowerCase(Locale.ROOT);
            if (text.contains("encrypt") || text.contains("decrypt") || text.contains("certificate")
                    || text.contains("keystore") || text.contains("bouncycastle") || text.contains("security handler")) {
                return true;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }
}
