package nl.bewijsmap.intake;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.bewijsmap.domain.MediaType;

/**
 * Turns the name a sender gave an attachment into one that is safe as a file name on Windows, macOS and
 * Linux: no folders, no control or direction-changing characters, no hidden or reserved names.
 */
final class SafeNames {

    static final String FALLBACK = "attachment";
    /** Well under the 255 bytes most file systems allow, leaving room for the folder it goes in. */
    private static final int MAX_BYTES = 200;
    private static final String WINDOWS_FORBIDDEN = "<>:\"|?*";
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
    private static final Map<String, String> MORE_EXTENSIONS = Map.of(
            "image/gif", "gif",
            "image/jpg", "jpg",
            "text/html", "html",
            "text/calendar", "ics",
            "text/csv", "csv",
            "application/zip", "zip",
            "application/msword", "doc",
            "application/vnd.ms-excel", "xls",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private SafeNames() {
    }

    static String of(String name, String mimeType) {
        String cleaned = clean(name == null ? "" : name);
        if (cleaned.isEmpty()) {
            cleaned = FALLBACK;
        }
        // Without an extension no program would open it ("Untitled Attachment" is an Outlook message).
        String extension = extensionFor(mimeType);
        if (cleaned.lastIndexOf('.') <= 0 && !extension.isEmpty()) {
            cleaned = cleaned + "." + extension;
        }
        if (RESERVED.matcher(cleaned).matches()) {
            cleaned = "_" + cleaned;
        }
        return shorten(cleaned);
    }

    private static String clean(String name) {
        // A name with folders in it ("../../etc/passwd") keeps only its last part, as browsers do.
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder out = new StringBuilder();
        last.codePoints().forEach(c -> {
            if (WINDOWS_FORBIDDEN.indexOf(c) >= 0) {
                out.append('_');
            } else if (isKept(c)) {
                out.appendCodePoint(c);
            }
        });
        // Leading dots hide a file; Windows drops trailing dots and spaces itself, so a name with them
        // would not be the name we asked for.
        return out.toString().replaceAll("^[\\s.]+|[\\s.]+$", "");
    }

    /** Control characters and lone halves of a surrogate pair have no place in a file name. */
    private static boolean isKept(int c) {
        return !Character.isISOControl(c) && !isDirectionControl(c) && Character.getType(c) != Character.SURROGATE;
    }

    /** Right-to-left overrides and the like make "invoice\u202Efdp.exe" look like "invoiceexe.pdf". */
    private static boolean isDirectionControl(int c) {
        return c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069
                || c == 0x061C;
    }

    /** Cuts the part before the extension until the whole name fits in {@link #MAX_BYTES} bytes of UTF-8. */
    private static String shorten(String name) {
        if (utf8Length(name) <= MAX_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 11 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        while (!stem.isEmpty() && utf8Length(stem + extension) > MAX_BYTES) {
            stem = stem.substring(0, stem.offsetByCodePoints(stem.length(), -1));
        }
        return stem.replaceAll("[\\s.]+$", "") + extension;
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The usual extension for a MIME type, without the dot; empty when we do not know one. */
    static String extensionFor(String mimeType) {
        if (mimeType == null) {
            return "";
        }
        String type = mimeType.strip().toLowerCase(Locale.ROOT);
        for (MediaType known : MediaType.values()) {
            if (known.mimeType().equals(type)) {
                return known.extension();
            }
        }
        return MORE_EXTENSIONS.getOrDefault(type, "");
    }
}
