package nl.bewijsmap.intake;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;

/**
 * Parses an email {@code Date:} header keeping its offset (Jakarta Mail only gives an instant). Lenient
 * like Python's {@code email.utils}: optional weekday, 2-digit years, obsolete zone names; {@code -0000}
 * and unknown zones give a local time without offset.
 */
final class MailDates {

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");
    private static final Map<String, Integer> ZONES = Map.ofEntries(Map.entry("UT", 0), Map.entry("UTC", 0),
            Map.entry("GMT", 0), Map.entry("Z", 0), Map.entry("EST", -5), Map.entry("EDT", -4),
            Map.entry("CST", -6), Map.entry("CDT", -5), Map.entry("MST", -7), Map.entry("MDT", -6),
            Map.entry("PST", -8), Map.entry("PDT", -7));
    private static final Pattern DATE = Pattern.compile(
            "(?:[A-Za-z]+\\s*,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]+)[\\s-]+(\\d{2,4})\\s+"
            + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*([+-]\\d{4}|[A-Za-z]+)?.*");
    private static final Pattern COMMENT = Pattern.compile("\\([^()]*\\)");

    private MailDates() {
    }

    static Timestamp parse(String header) {
        if (header == null) {
            return null;
        }
        String text = COMMENT.matcher(header).replaceAll(" ").strip().replaceAll("\\s+", " ");
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String monthName = m.group(2).toLowerCase(Locale.ROOT);
        int month = monthName.length() >= 3 ? MONTHS.indexOf(monthName.substring(0, 3)) + 1 : 0;
        if (month == 0) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(3));
            if (m.group(3).length() <= 2) {
                year += year > 68 ? 1900 : 2000;
            } else if (m.group(3).length() == 3) {
                year += 1900;
            }
            LocalDateTime local = LocalDateTime.of(year, month, Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return new Timestamp(local, zone(m.group(7)), TimestampSource.EMAIL_DATE, Precision.SECOND);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** RFC 5322 says {@code -0000} means "zone unknown", so it stays without an offset. */
    private static ZoneOffset zone(String zone) {
        if (zone == null) {
            return null;
        }
        if (zone.charAt(0) == '+' || zone.charAt(0) == '-') {
            if (zone.equals("-0000")) {
                return null;
            }
            int sign = zone.charAt(0) == '-' ? -1 : 1;
            int hours = Integer.parseInt(zone.substring(1, 3));
            int minutes = Integer.parseInt(zone.substring(3, 5));
            return minutes < 60 ? ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes) : null;
        }
        Integer hours = ZONES.get(zone.toUpperCase(Locale.ROOT));
        return hours == null ? null : ZoneOffset.ofHours(hours);
    }
}
