package nl.bewijsmap.intake;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks the MIME tree of an email once: first plain and HTML body, and the attachments, within limits. The
 * same walk lists the attachments for reading and finds one of them for taking it out, so both agree on
 * which attachment has which number.
 */
final class MimeParts {

    private static final Logger LOG = LoggerFactory.getLogger(MimeParts.class);
    static final int MAX_PARTS = 1000;
    private static final int MAX_DEPTH = 30;
    private static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final Pattern RAW_NAME = Pattern.compile("(?i)(?:file)?name\\*?=\\s*\"?([^\";]+)");

    private final List<EmailDetails.Attachment> attachments = new ArrayList<>();
    /** The number of the attachment to find, or -1 to list (and measure) them all. */
    private final int wanted;
    private int seen;
    private Part found;
    private String plain;
    private String html;
    private int count;
    private int unreadable;

    /** A walk that lists every attachment with its decoded size. */
    MimeParts() {
        this(-1);
    }

    /** A walk that looks for attachment number {@code wanted} (as numbered in the list) and stops there. */
    static MimeParts finding(int wanted) {
        if (wanted < 0) {
            throw new IllegalArgumentException("An attachment number cannot be negative: " + wanted);
        }
        return new MimeParts(wanted);
    }

    private MimeParts(int wanted) {
        this.wanted = wanted;
    }

    /** Walks every part; a part that cannot be read is skipped and counted, the rest still counts. */
    void walk(Part part, int depth) throws InterruptedIOException {
        if (found != null || ++count > MAX_PARTS || depth > MAX_DEPTH) {
            return;
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("reading was stopped");
        }
        try {
            visit(part, depth);
        } catch (InterruptedIOException e) {
            throw e;
        } catch (MessagingException | IOException | RuntimeException e) {
            unreadable++;
            LOG.info("skipped an unreadable email part: {}", e.toString());
        }
    }

    private void visit(Part part, int depth) throws MessagingException, IOException {
        String type = baseType(part);
        String fileName = fileName(part);
        boolean attached = isAttachment(part) || fileName != null;
        if (type.startsWith("multipart/") && !attached) {
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount() && count <= MAX_PARTS && found == null; i++) {
                    walk(multipart.getBodyPart(i), depth + 1);
                }
            }
        } else if (!attached && type.equals("text/plain") && plain == null) {
            plain = text(part);
        } else if (!attached && type.equals("text/html") && html == null) {
            html = text(part);
        } else if (attached || !type.startsWith("text/") && depth > 0) {
            if (wanted < 0) {
                String name = fileName != null ? fileName
                        : type.equals("message/rfc822") ? "message.eml" : "attachment";
                attachments.add(new EmailDetails.Attachment(name, type, decodedSize(part)));
            } else if (seen == wanted) {
                found = part;
            }
            seen++;
        }
    }

    boolean tooMany() {
        return count > MAX_PARTS;
    }

    int unreadable() {
        return unreadable;
    }

    boolean hasHtml() {
        return html != null;
    }

    String plainBody() {
        if (plain != null) {
            return plain;
        }
        return html == null ? "" : HtmlText.strip(html);
    }

    List<EmailDetails.Attachment> attachments() {
        return attachments;
    }

    /** The attachment a {@link #finding} walk looked for; null when the email has fewer attachments. */
    Part found() {
        return found;
    }

    private static String baseType(Part part) {
        try {
            return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException e) {
            return "application/octet-stream";
        }
    }

    private static boolean isAttachment(Part part) throws MessagingException {
        try {
            return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
        } catch (MessagingException e) {
            String[] raw = part.getHeader("Content-Disposition");
            return raw != null && raw[0].strip().toLowerCase(Locale.ROOT).startsWith("attachment");
        }
    }

    /** The attachment's name; read from the raw headers when they break the MIME rules (8-bit names). */
    private static String fileName(Part part) throws MessagingException {
        String name;
        try {
            name = part.getFileName();
        } catch (MessagingException e) {
            String[] raw = part.getHeader("Content-Disposition");
            Matcher m = RAW_NAME.matcher(raw == null ? "" : raw[0]);
            name = m.find() ? m.group(1).strip() : "attachment";
        }
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return MimeUtility.decodeText(rawUtf8(name));
        } catch (IOException | RuntimeException e) {
            return name;
        }
    }

    /**
     * Jakarta Mail reads the headers of body parts as Latin-1 even when mail.mime.allowutf8 is set, so a raw
     * UTF-8 name (Apple Mail writes them) arrives as "ciÃ«le.txt". Such a name is read again as UTF-8 when
     * its bytes are valid UTF-8; Latin-1 text almost never is.
     */
    private static String rawUtf8(String name) {
        boolean high = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c > 0xFF) {
                return name;
            }
            high |= c >= 0x80;
        }
        if (!high) {
            return name;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return name;
        }
    }

    /** Decodes with the part's charset (UTF-8 when unknown); undecodable transfer encodings are read raw. */
    private static String text(Part part) throws MessagingException, IOException {
        Charset charset = StandardCharsets.UTF_8;
        try {
            String name = new ContentType(part.getContentType()).getParameter("charset");
            if (name != null) {
                charset = Charset.forName(MimeUtility.javaCharset(name.strip()));
            }
        } catch (MessagingException | RuntimeException e) {
            charset = StandardCharsets.UTF_8;
        }
        try (InputStream in = decoded(part)) {
            return new String(in.readNBytes(MAX_BODY_BYTES), charset);
        }
    }

    /** The part's content with its transfer encoding undone. */
    static InputStream decoded(Part part) throws MessagingException, IOException {
        try {
            return part.getInputStream();
        } catch (IOException e) {
            // e.g. "Unknown encoding: 8bits": the bytes are there, only the label is wrong.
            if (part instanceof MimeBodyPart body) {
                return body.getRawInputStream();
            }
            if (part instanceof MimeMessage message) {
                return message.getRawInputStream();
            }
            throw e;
        }
    }

    private static long decodedSize(Part part) {
        try (InputStream in = decoded(part)) {
            return in.transferTo(OutputStream.nullOutputStream());
        } catch (MessagingException | IOException | RuntimeException e) {
            return -1;
        }
    }
}
