package nl.bewijsmap.intake;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;

/**
 * Parses PDF date strings ({@code D:YYYYMMDDHHmmSSOHH'mm'}) the way poppler does, leniently: the {@code D:}
 * may be missing, missing time parts take their defaults, {@code Z} means UTC whatever follows it, and a
 * missing zone stays without an offset (PDFBox would assume one).
 */
final class PdfDates {

    private static final Pattern PDF_DATE = Pattern.compile(
            "\\s*(?:D:)?(\\d{4})(\\d{2})(\\d{2})(?:(\\d{2})(?:(\\d{2})(\\d{2})?)?)?"
            + "(?:(Z)|([+-])(\\d{2})(?:'?(\\d{2})'?)?)?.*", Pattern.DOTALL);

    private PdfDates() {
    }

    static Timestamp parse(String raw, TimestampSource source) {
        if (raw == null) {
            return null;
        }
        Matcher m = PDF_DATE.matcher(raw);
        if (!m.matches() || !restIsHarmless(raw, m)) {
            return null;
        }
        try {
            Precision precision = m.group(4) == null ? Precision.DAY
                    : m.group(6) == null ? Precision.MINUTE : Precision.SECOND;
            LocalDateTime local = LocalDateTime.of(num(m, 1, 0), num(m, 2, 1), num(m, 3, 1), num(m, 4, 0),
                    num(m, 5, 0), num(m, 6, 0));
            ZoneOffset offset = null;
            if (m.group(7) != null) {
                offset = ZoneOffset.UTC;
            } else if (m.group(8) != null) {
                int sign = m.group(8).equals("-") ? -1 : 1;
                offset = ZoneOffset.ofHoursMinutes(sign * num(m, 9, 0), sign * num(m, 10, 0));
            }
            return new Timestamp(local, offset, source, precision);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Digits left over after the match (as in {@code 2017124}) mean the string is not a date we understand. */
    private static boolean restIsHarmless(String raw, Matcher m) {
        int end = m.end(m.group(7) != null ? 7 : m.group(10) != null ? 10 : m.group(9) != null ? 9
                : lastDigitGroup(m));
        String rest = raw.substring(end).strip();
        return m.group(7) != null || rest.isEmpty() || !Character.isDigit(rest.charAt(0));
    }

    private static int lastDigitGroup(Matcher m) {
        for (int g = 6; g >= 1; g--) {
            if (m.group(g) != null) {
                return g;
            }
        }
        return 1;
    }

    private static int num(Matcher m, int group, int fallback) {
        return m.group(group) == null ? fallback : Integer.parseInt(m.group(group));
    }
}
