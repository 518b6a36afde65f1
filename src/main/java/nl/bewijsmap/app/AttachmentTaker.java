package nl.bewijsmap.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.ImportProblem;
import nl.bewijsmap.intake.Attachments;
import nl.bewijsmap.intake.EmailDetails;
import nl.bewijsmap.store.vault.FileVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Takes one attachment out of a stored email into a work folder, under the read limit; a failure is a rejection. */
final class AttachmentTaker {

    private static final Logger LOG = LoggerFactory.getLogger(AttachmentTaker.class);

    /** The attachment as a file under its own (safe) name, or why it could not be taken out. */
    record Taken(Path file, ImportResult rejection) {
    }

    private final FileVault vault;
    private final TimeLimit timeLimit;
    private final Attachments attachments = new Attachments();

    AttachmentTaker(FileVault vault, TimeLimit timeLimit) {
        this.vault = vault;
        this.timeLimit = timeLimit;
    }

    /** Listing and taking out each run under the read limit, as reading a file does. */
    Taken takeOut(EvidenceItem email, int index, Path folder) {
        Path shown = unnamed(index);
        try {
            Path stored = vault.pathOf(email.sha256());
            List<EmailDetails.Attachment> listed = timeLimit.run(() -> attachments.list(stored, email.mediaType()));
            if (index < 0 || index >= listed.size()) {
                LOG.warn("Evidence {} has no attachment number {}", email.id(), index + 1);
                return rejected(shown);
            }
            shown = Path.of(Attachments.safeFileName(listed.get(index)));
            Path file = folder.resolve(shown);
            timeLimit.run(() -> write(stored, email, index, file));
            return new Taken(file, null);
        } catch (RuntimeException e) { // mostly a StoreException: the email's stored file is missing
            LOG.warn("Cannot take attachment {} out of evidence {}", index, email.id(), e);
            return new Taken(null, ImportResult.rejected(shown, ImportProblem.UNREADABLE, ""));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            LOG.warn("Cannot take attachment {} out of evidence {}: {}", index, email.id(), cause.toString());
            return rejected(shown);
        } catch (TimeoutException e) {
            LOG.warn("Taking attachment {} out of evidence {} took longer than {}", index, email.id(),
                    timeLimit.limit());
            return rejected(shown);
        } catch (InterruptedException e) {
            return rejected(shown);
        }
    }

    private Void write(Path stored, EvidenceItem email, int index, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            attachments.extract(stored, email.mediaType(), index, out);
        }
        return null;
    }

    /** The reason is in the log; the user is told in plain words that the email itself is untouched. */
    private static Taken rejected(Path shown) {
        return new Taken(null, ImportResult.rejected(shown, ImportProblem.ATTACHMENT_UNREADABLE, ""));
    }

    /** What an attachment is called in an answer before its own name is known. */
    static Path unnamed(int index) {
        return Path.of("attachment-" + (index + 1));
    }

    /** "Attachment of the email “subject”", in the given language, for the new item's note. */
    static String note(EvidenceItem email, Locale locale) {
        String subject = email.title() != null ? email.title()
                : email.originalName() != null ? email.originalName() : "";
        return new MessageFormat(ProblemTexts.bundle(locale).getString("import.attachment.note"), locale)
                .format(new Object[] {subject});
    }
}
