package nl.bewijsmap.intake;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.SharedFileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.ImportDetail;
import nl.bewijsmap.domain.ImportProblem;
import nl.bewijsmap.domain.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads an RFC 822 email (.eml) with Jakarta Mail: date with its offset, people, subject, body, attachments. */
final class EmlReader {

    private static final Logger LOG = LoggerFactory.getLogger(EmlReader.class);

    /** Larger emails are kept but not parsed. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private final Placeholders placeholders;

    EmlReader(Placeholders placeholders) {
        this.placeholders = placeholders;
    }

    Reading read(Path file) throws IOException, MessagingException {
        ReadingBuilder builder = new ReadingBuilder(placeholders, EvidenceKind.CORRESPONDENCE_IN);
        if (Files.size(file) > MAX_BYTES) {
            return builder.problem(ImportProblem.TOO_COMPLEX, ImportDetail.EMAIL_TOO_LARGE.name()).build();
        }
        SharedFileInputStream in = new SharedFileInputStream(file.toFile());
        try {
            MimeMessage message = open(in);
            Timestamp date = MailDates.parse(message.getHeader("Date", null));
            builder.offer(date);
            MimeParts parts = new MimeParts();
            parts.walk(message, 0);
            if (parts.tooMany()) {
                builder.problem(ImportProblem.TOO_COMPLEX, ImportDetail.EMAIL_TOO_MANY_PARTS.name());
            }
            LOG.debug("{}: {} unreadable MIME parts skipped", file.getFileName(), parts.unreadable());
            String subject = subject(message);
            builder.title(subject);
            builder.email(new EmailDetails(first(addresses(message, "From")), addresses(message, "To"),
                    addresses(message, "Cc"), subject, builder.timestamp(), parts.plainBody(),
                    parts.hasHtml(), parts.attachments()));
            return builder.build();
        } finally {
            in.close();
        }
    }

    /** Parses the message leniently, as real mailers write it; parts stay in the file until they are read. */
    static MimeMessage open(SharedFileInputStream in) throws MessagingException {
        Properties props = new Properties();
        props.setProperty("mail.mime.address.strict", "false");
        props.setProperty("mail.mime.decodetext.strict", "false");
        // Many mailers put raw UTF-8 in headers; without this they would be read as Latin-1.
        props.setProperty("mail.mime.allowutf8", "true");
        return new MimeMessage(Session.getInstance(props), in);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException | RuntimeException e) {
            return decode(header(message, "Subject"));
        }
    }

    /** Parsed addresses as "Name <address>"; the raw header when it does not parse. */
    private static List<String> addresses(MimeMessage message, String name) {
        List<String> out = new ArrayList<>();
        try {
            Address[] parsed = switch (name) {
                case "From" -> message.getFrom();
                case "To" -> message.getRecipients(Message.RecipientType.TO);
                default -> message.getRecipients(Message.RecipientType.CC);
            };
            if (parsed != null) {
                for (Address address : parsed) {
                    out.add(address instanceof InternetAddress ia ? ia.toUnicodeString() : address.toString());
                }
            }
        } catch (MessagingException | RuntimeException e) {
            String raw = decode(header(message, name));
            if (raw != null && !raw.isBlank()) {
                out.add(raw.strip());
            }
        }
        return out;
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ", ");
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String decode(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(raw));
        } catch (IOException | RuntimeException e) {
            return raw;
        }
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }
}
