package nl.bewijsmap.intake;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises plain text (UTF-8 or ASCII) and, among text, an RFC 822 email by its header block. */
final class TextSniff {

    private static final Set<String> MAIL_HEADERS = Set.of("from", "to", "cc", "date", "subject", "received",
            "return-path", "mime-version", "message-id", "delivered-to", "reply-to", "sender", "content-type",
            "x-mailer", "in-reply-to", "references", "dkim-signature", "authentication-results", "x-received",
            "arc-seal", "thread-topic", "user-agent");
    private static final Pattern HEADER = Pattern.compile("([!-9;-~]+)[ \\t]*:.*");

    private TextSniff() {
    }

    /** Valid UTF-8 (a sequence cut off by the end of the head is fine) with no NULs and few control characters. */
    static boolean isText(byte[] head) {
        int controls = 0;
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
            if ((b & 0xFF) < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        if (controls > head.length / 100 + 1) {
            return false;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int end = head.length;
        // Drop an incomplete multi-byte sequence at the very end of the head.
        for (int i = Math.max(0, head.length - 3); i < head.length; i++) {
            if ((head[i] & 0xC0) == 0xC0) {
                int needed = (head[i] & 0xE0) == 0xC0 ? 2 : (head[i] & 0xF0) == 0xE0 ? 3 : 4;
                if (i + needed > head.length) {
                    end = i;
                }
            }
        }
        try {
            decoder.decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * An email starts with its header block: "Name: value" fields (or an mbox "From " line) up to a blank
     * line. It counts as one when the fields include mail headers: one is enough in a short, cleanly ended
     * block; old or damaged messages may have a stray line if enough real mail headers surround it.
     */
    static boolean looksLikeEmail(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        String[] lines = new String(head, StandardCharsets.ISO_8859_1).split("\r?\n", 200);
        int known = 0;
        int stray = 0;
        boolean ended = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                ended = i > 0;
                break;
            }
            if (i == lines.length - 1 && i > 0) {
                break; // a last line the head cut off
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t' || i == 0 && line.startsWith("From ")) {
                continue;
            }
            Matcher m = HEADER.matcher(line);
            if (!m.matches()) {
                if (i == 0) {
                    return false;
                }
                stray++;
            } else if (MAIL_HEADERS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                known++;
            }
        }
        return known >= 1 && stray == 0 && ended || known >= 2 && stray * 2 <= known;
    }
}
