package nl.bewijsmap.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.intake.EmailDetails;
import nl.bewijsmap.intake.MetadataReader;
import nl.bewijsmap.store.StoreException;
import nl.bewijsmap.store.vault.FileVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads a stored email again when the user opens it: its people, subject, body and attachments. */
public final class EmailViewer {

    private static final Logger LOG = LoggerFactory.getLogger(EmailViewer.class);

    private final FileVault vault;
    private final MetadataReader reader;
    private final TimeLimit timeLimit;

    EmailViewer(FileVault vault, MetadataReader reader, TimeLimit timeLimit) {
        this.vault = vault;
        this.reader = reader;
        this.timeLimit = timeLimit;
    }

    /**
     * The email's details as the file gives them, under the same time limit as an import; empty when the
     * item is no email, its file is missing, or it cannot be read in time. Does blocking I/O.
     */
    public Optional<EmailDetails> emailDetails(EvidenceItem item) {
        if (item.mediaType() != MediaType.EMAIL && item.mediaType() != MediaType.OUTLOOK_MSG) {
            return Optional.empty();
        }
        try {
            Path file = vault.pathOf(item.sha256());
            return Optional.ofNullable(timeLimit.run(() -> reader.read(file, item.mediaType())).email());
        } catch (StoreException e) {
            LOG.warn("The stored email of evidence {} cannot be opened", item.id(), e);
        } catch (TimeoutException e) {
            LOG.warn("Reading the email of evidence {} took longer than {}", item.id(), timeLimit.limit());
        } catch (ExecutionException e) {
            LOG.warn("Reading the email of evidence {} failed", item.id(), e.getCause());
        } catch (InterruptedException e) {
            LOG.info("Reading the email of evidence {} was stopped", item.id());
        }
        return Optional.empty();
    }
}
