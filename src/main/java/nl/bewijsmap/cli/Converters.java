package nl.bewijsmap.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses command-line values with messages a person understands. */
final class Converters {

    /** A date, optionally with a time of day to the minute or second; {@code T} or a space between them. */
    private static final Pattern MOMENT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2})(:\\d{2})?)?");
    /** {@code 1h5m}, {@code 12 min}, {@code 90s}: the bounds keep every part far from overflowing. */
    private static final Pattern SPOKEN_DURATION = Pattern.compile("(?:(\\d{1,3})\\s*h(?:ours?|rs?)?)?\\s*"
            + "(?:(\\d{1,5})\\s*m(?:in(?:utes?|s)?)?)?\\s*(?:(\\d{1,6})\\s*s(?:ec(?:onds?|s)?)?)?");

    private Converters() {
    }

    static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date; write it as 2026-03-05 (year-month-day)");
        }
    }

    /** What the consumer says happened when: as precise as it was typed, never moved to another time zone. */
    static Timestamp moment(String value) {
        Matcher parts = MOMENT.matcher(value.strip());
        if (parts.matches()) {
            try {
                LocalDate day = LocalDate.parse(parts.group(1));
                if (parts.group(2) == null) {
                    return new Timestamp(day.atStartOfDay(), null, TimestampSource.USER, Precision.DAY);
                }
                boolean seconds = parts.group(3) != null;
                LocalTime time = LocalTime.parse(parts.group(2) + (seconds ? parts.group(3) : ""));
                return new Timestamp(day.atTime(time), null, TimestampSource.USER,
                        seconds ? Precision.SECOND : Precision.MINUTE);
            } catch (DateTimeParseException e) {
                // Shaped right but no real date or time (30 February, 25:00): the same advice below applies.
            }
        }
        throw new TypeConversionException("'" + value + "' is not a date or a date and time; write it as 2026-03-05, "
                + "2026-03-05T14:05 or 2026-03-05T14:05:30");
    }

    /** How long a call took: {@code 12m}, {@code 12 min}, {@code 1h5m}, {@code 90s}, {@code 12} (minutes), {@code PT12M}. */
    static Duration duration(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        Duration duration = null;
        if (text.matches("\\d{1,5}")) {
            duration = Duration.ofMinutes(Long.parseLong(text));
        } else if (text.startsWith("p")) {
            try {
                duration = Duration.parse(text.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                duration = null;
            }
        } else {
            Matcher parts = SPOKEN_DURATION.matcher(text);
            if (!text.isEmpty() && parts.matches()) {
                duration = Duration.ofHours(number(parts.group(1))).plusMinutes(number(parts.group(2)))
                        .plusSeconds(number(parts.group(3)));
            }
        }
        if (duration == null || duration.isNegative()) {
            throw new TypeConversionException("'" + value + "' is not a duration; write it as 12m, 1h5m, 90s "
                    + "or a number of minutes such as 12");
        }
        return duration;
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    static BigDecimal price(String value) {
        String cleaned = value.strip().replace("€", "").replace("EUR", "").strip().replace(',', '.');
        try {
            BigDecimal price = new BigDecimal(cleaned);
            if (price.signum() < 0) {
                throw new TypeConversionException("a price cannot be negative: '" + value + "'");
            }
            return price.setScale(2, RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not an amount in euros; write it as 49.95");
        }
    }

    /** Accepts {@code complaint-sent} as well as {@code COMPLAINT_SENT}. */
    static EventKind eventKind(String value) {
        return constant(EventKind.class, value, "a kind of event", EventKind::cliName);
    }

    /** The constant spelt {@code value} on the command line: case, dashes and underscores do not matter. */
    private static <E extends Enum<E>> E constant(Class<E> type, String value, String what,
                                                  Function<E, String> cliName) {
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new TypeConversionException("'" + value + "' is not " + what + "; use one of: "
                + names(type.getEnumConstants(), cliName));
    }

    private static <T> String names(T[] values, Function<T, String> cliName) {
        StringBuilder names = new StringBuilder();
        for (T value : values) {
            names.append(names.length() == 0 ? "" : ", ").append(cliName.apply(value));
        }
        return names.toString();
    }

    /** Accepts {@code notice-of-default} as well as {@code NOTICE_OF_DEFAULT}; {@code cover} for the cover letter. */
    static LetterKind letterKind(String value) {
        String text = value.strip().equalsIgnoreCase("cover") ? "cover-letter" : value;
        return constant(LetterKind.class, text, "a kind of letter", LetterKind::cliName);
    }

    /** The language of a letter or package: {@code nl} or {@code en}. */
    static Locale language(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "nl" -> Locale.forLanguageTag("nl-NL");
            case "en" -> Locale.forLanguageTag("en-GB");
            default -> throw new IllegalArgumentException("'" + value + "' is not a language of Bewijsmap; use nl or en");
        };
    }

    /** Accepts {@code geschillencommissie} as well as {@code GESCHILLENCOMMISSIE}. */
    static final class RecipientConverter implements ITypeConverter<Recipient> {
        @Override
        public Recipient convert(String value) {
            return constant(Recipient.class, value, "a recipient",
                    recipient -> recipient.name().toLowerCase(Locale.ROOT));
        }
    }

    /** Accepts {@code order-confirmation} as well as {@code ORDER_CONFIRMATION}. */
    static final class KindConverter implements ITypeConverter<EvidenceKind> {
        @Override
        public EvidenceKind convert(String value) {
            return constant(EvidenceKind.class, value, "a kind of evidence", EvidenceKind::cliName);
        }
    }
}
