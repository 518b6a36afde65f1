package nl.bewijsmap.cli;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.bewijsmap.domain.Timestamp;

/** How the command line writes a timestamp: ISO with seconds in JSON, only as precise as known for people. */
final class Times {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private Times() {
    }

    /** The local date-time with seconds, e.g. {@code 2024-05-01T14:03:22}; null when there is none. */
    static String local(Timestamp when) {
        return when == null ? null : SECONDS.format(when.local());
    }

    /** The UTC offset as {@code +02:00} (UTC too, never {@code Z}); null when unknown. */
    static String offset(Timestamp when) {
        if (when == null || !when.hasOffset()) {
            return null;
        }
        return when.offset().getTotalSeconds() == 0 ? "+00:00" : when.offset().getId();
    }

    /** Where the date-time came from; {@code NONE} when there is none. */
    static String source(Timestamp when) {
        return when == null ? "NONE" : when.source().name();
    }

    /** {@code day}, {@code minute} or {@code second}; null when there is no date. */
    static String precision(Timestamp when) {
        return when == null ? null : when.precision().name().toLowerCase(Locale.ROOT);
    }

    /** For people: {@code 2026-03-05}, {@code 2026-03-05 14:05} or with seconds, and the offset when known. */
    static String shown(Timestamp when) {
        DateTimeFormatter format = switch (when.precision()) {
            case DAY -> DAY;
            case MINUTE -> MINUTE;
            case SECOND -> SECOND;
        };
        String offset = offset(when);
        return format.format(when.local()) + (offset == null ? "" : " " + offset);
    }
}
