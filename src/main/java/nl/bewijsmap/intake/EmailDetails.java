package nl.bewijsmap.intake;

import java.util.List;
import nl.bewijsmap.domain.Timestamp;

/** What an email says about itself: who, to whom, when, about what, and what came with it. */
public record EmailDetails(String from, List<String> to, List<String> cc, String subject, Timestamp date,
        String plainBody, boolean htmlBody, List<Attachment> attachments) {

    public EmailDetails {
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        plainBody = plainBody == null ? "" : plainBody;
    }

    /** A file that came with the email; {@code size} is -1 when the message does not say. */
    public record Attachment(String fileName, String mimeType, long size) {
    }
}
