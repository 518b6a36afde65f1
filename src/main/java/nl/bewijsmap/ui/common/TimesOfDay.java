package nl.bewijsmap.ui.common;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A time of day as people type it, in the forms and dialogs that ask for one. */
public final class TimesOfDay {

    /** 14:05, 14.05, 14u05, 14h05, 1405, 9:5, 9, 14 uur, 2:05 pm. */
    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2})(?:\\s*[:.hu]\\s*(\\d{1,2})|(\\d{2}))?\\s*(?:uur|u|h)?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?");

    private TimesOfDay() {
    }

    /** The time of day typed; empty when the text is none. */
    public static Optional<LocalTime> parse(String text) {
        Matcher matcher = TIME.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(matcher.group(1));
        String minutes = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
        int minute = minutes == null ? 0 : Integer.parseInt(minutes);
        String half = matcher.group(4);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (half.startsWith("p") ? 12 : 0);
        }
        return hour <= 23 && minute <= 59 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }
}
