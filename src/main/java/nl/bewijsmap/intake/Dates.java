package nl.bewijsmap.intake;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;

/** Parses the date strings photos and XMP packets carry (EXIF {@code 2024:05:01 14:03:22}, ISO 8601). */
final class Dates {

    /** EXIF and XMP: date with ':' or '-', optional time, optional fraction, optional zone. */
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\s*(\\d{4})[:-](\\d{2})[:-](\\d{2})"
            + "(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?)?"
            + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?\\s*");
    private static final Pattern OFFSET = Pattern.compile("\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)\\s*");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Dates() {
    }

    /** An EXIF/XMP/ISO date-time; {@code separateOffset} (e.g. OffsetTimeOriginal) is used when the value has none. */
    static Timestamp parse(String value, String separateOffset, TimestampSource source) {
        if (value == null) {
            return null;
        }
        Matcher m = DATE_TIME.matcher(value);
        // Some writers append more (XMP "2009-09-09T17:00:00, 2009-09-09"); digits right after mean garbage.
        if (!m.lookingAt() || m.end() < value.length() && Character.isDigit(value.charAt(m.end()))) {
            return null;
        }
        try {
            int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
            int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            Precision precision = m.group(4) == null ? Precision.DAY
                    : m.group(6) == null ? Precision.MINUTE : Precision.SECOND;
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), hour, minute, second);
            ZoneOffset offset = m.group(7) != null ? offset(m.group(7)) : offset(separateOffset);
            return new Timestamp(local, offset, source, precision);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** A UTC offset such as {@code +02:00}, {@code -0500}, {@code Z}; null when absent or malformed. */
    static ZoneOffset offset(String value) {
        if (value == null || !OFFSET.matcher(value).matches()) {
            return null;
        }
        String v = value.strip();
        if (v.equals("Z")) {
            return ZoneOffset.UTC;
        }
        try {
            int sign = v.charAt(0) == '-' ? -1 : 1;
            String digits = v.substring(1).replace(":", "");
            int hours = Integer.parseInt(digits.substring(0, 2));
            int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** True for the all-zero dates some cameras write when their clock was never set. */
    static boolean isZeroDate(String value) {
        return value != null && value.indexOf('0') >= 0
                && value.chars().allMatch(c -> c == '0' || c == ':' || c == ' ' || c == '-' || c == 'T' || c == '.');
    }

    /** The date as a person reads it, for warnings. */
    static String display(Timestamp t) {
        String shown = t.local().format(SHOWN);
        return t.offset() == null ? shown : shown + " " + t.offset().getId();
    }
}
