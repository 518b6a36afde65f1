package nl.bewijsmap.intake;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.util.SharedFileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import nl.bewijsmap.domain.MediaType;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files that came with an email (.eml or Outlook .msg): listed as {@link EmailDetails#attachments()} lists
 * them, and taken out one at a time by their number in that list, so that each can become evidence itself.
 */
public final class Attachments {

    private static final Logger LOG = LoggerFactory.getLogger(Attachments.class);
    /** Guards against a part that decodes to far more than the email's own size. */
    public static final long MAX_EXTRACTED_BYTES = 200L * 1024 * 1024;

    private final long maxBytes;

    public Attachments() {
        this(MAX_EXTRACTED_BYTES);
    }

    Attachments(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * The email's attachments in the order the readers give them; empty when the file is no email, cannot
     * be read or is too large to read, just as its reading then has no attachments.
     */
    public List<EmailDetails.Attachment> list(Path email, MediaType type) {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(type, "type");
        try {
            switch (type) {
                case EMAIL:
                    return listEml(email);
                case OUTLOOK_MSG:
                    try (MAPIMessage msg = new MAPIMessage(email.toFile())) {
                        MsgReader.prepare(msg);
                        return List.copyOf(MsgAttachments.list(msg));
                    }
                default:
                    return List.of();
            }
        } catch (InterruptedIOException e) {
            Thread.currentThread().interrupt();
            LOG.info("listing the attachments of {} was stopped", email.getFileName());
            return List.of();
        } catch (IOException | MessagingException | RuntimeException e) {
            LOG.info("the attachments of {} cannot be listed: {}", email.getFileName(), e.toString());
            return List.of();
        }
    }

    /**
     * Writes the decoded bytes of attachment {@code index} (its place in {@link #list}) to {@code out}, which
     * the caller closes.
     *
     * @throws IOException in plain words when there is no such attachment, it cannot be read, it is larger
     *         than {@link #MAX_EXTRACTED_BYTES}, or the thread was interrupted
     */
    public void extract(Path email, MediaType type, int index, OutputStream out) throws IOException {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(out, "out");
        if (index < 0) {
            throw noSuchAttachment(index);
        }
        OutputStream limited = new LimitedOutput(out, maxBytes);
        try {
            switch (type) {
                case EMAIL -> extractEml(email, index, limited);
                case OUTLOOK_MSG -> extractMsg(email, index, limited);
                default -> throw new ExtractionException("This file is not an email, so it has no attachments.");
            }
            limited.flush();
        } catch (InterruptedIOException | ExtractionException e) {
            throw e;
        } catch (IOException | MessagingException | RuntimeException e) {
            // What the libraries say ("Invalid header signature") means nothing to the user.
            LOG.info("attachment {} of {} cannot be taken out: {}", index, email.getFileName(), e.toString());
            throw new ExtractionException("This attachment cannot be read from the email.", e);
        }
    }

    /** A name for the attachment that is safe as a file name anywhere; "attachment.pdf" when it has none. */
    public static String safeFileName(EmailDetails.Attachment attachment) {
        return SafeNames.of(attachment.fileName(), attachment.mimeType());
    }

    private List<EmailDetails.Attachment> listEml(Path email) throws IOException, MessagingException {
        if (Files.size(email) > EmlReader.MAX_BYTES) {
            return List.of();
        }
        SharedFileInputStream in = new SharedFileInputStream(email.toFile());
        try {
            MimeParts parts = new MimeParts();
            parts.walk(EmlReader.open(in), 0);
            return List.copyOf(parts.attachments());
        } finally {
            in.close();
        }
    }

    private void extractEml(Path email, int index, OutputStream out) throws IOException, MessagingException {
        if (Files.size(email) > EmlReader.MAX_BYTES) {
            throw new ExtractionException("The email is larger than 50 MB, so its attachments are not read.");
        }
        SharedFileInputStream in = new SharedFileInputStream(email.toFile());
        try {
            MimeParts parts = MimeParts.finding(index);
            parts.walk(EmlReader.open(in), 0);
            Part part = parts.found();
            if (part == null) {
                throw noSuchAttachment(index);
            }
            try (InputStream data = MimeParts.decoded(part)) {
                data.transferTo(out);
            }
        } finally {
            in.close();
        }
    }

    private void extractMsg(Path email, int index, OutputStream out) throws IOException {
        try (MAPIMessage msg = new MAPIMessage(email.toFile())) {
            MsgReader.prepare(msg);
            List<AttachmentChunks> chunks = MsgAttachments.chunks(msg);
            if (index >= chunks.size()) {
                throw noSuchAttachment(index);
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("taking the attachment out was stopped");
            }
            MsgAttachments.write(msg, chunks.get(index), out);
        }
    }

    private static IOException noSuchAttachment(int index) {
        return new ExtractionException("The email has no attachment number " + (index + 1) + ".");
    }
}
