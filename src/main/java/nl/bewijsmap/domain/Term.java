package nl.bewijsmap.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The length of a legal period in the one unit the law words it in ("14 days", "4 weeks", "2 months"), so that
 * "4 weeks" is not shown as "28 days". Written in ISO-8601 as {@code P14D}, {@code P4W}, {@code P2M}, {@code P1Y}.
 */
public record Term(int amount, ChronoUnit unit) {

    private static final Pattern ISO = Pattern.compile("P(\\d{1,4})([DWMY])");

    public Term {
        Objects.requireNonNull(unit, "unit");
        if (unit != ChronoUnit.DAYS && unit != ChronoUnit.WEEKS && unit != ChronoUnit.MONTHS
                && unit != ChronoUnit.YEARS) {
            throw new IllegalArgumentException("A term is counted in days, weeks, months or years, not " + unit);
        }
        if (amount <= 0) {
            throw new IllegalArgumentException("A term must be longer than nothing: " + amount);
        }
    }

    /** Reads {@code P14D}, {@code P4W}, {@code P2M} or {@code P1Y}: one number and one unit. */
    public static Term parse(String iso) {
        Matcher matcher = ISO.matcher(iso == null ? "" : iso.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "Not a period like P14D, P4W, P2M or P1Y (one number and one unit): " + iso);
        }
        ChronoUnit unit = switch (matcher.group(2)) {
            case "D" -> ChronoUnit.DAYS;
            case "W" -> ChronoUnit.WEEKS;
            case "M" -> ChronoUnit.MONTHS;
            default -> ChronoUnit.YEARS;
        };
        return new Term(Integer.parseInt(matcher.group(1)), unit);
    }

    /**
     * The last day of the period that runs from the day after {@code from}: the day of the event itself does not
     * count (Regulation 1182/71 art. 3(1)). A month or year that lacks the day ends on its last day, so 31 January
     * plus one month is 28 (or 29) February (art. 3(2)(c)); {@link LocalDate#plus} does exactly that.
     */
    public LocalDate endFrom(LocalDate from) {
        return from.plus(amount, unit);
    }

    /** The ISO-8601 spelling, e.g. {@code P4W}. */
    public String iso() {
        String letter = switch (unit) {
            case DAYS -> "D";
            case WEEKS -> "W";
            case MONTHS -> "M";
            default -> "Y";
        };
        return "P" + amount + letter;
    }
}
