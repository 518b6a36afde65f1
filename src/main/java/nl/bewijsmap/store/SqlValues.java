package nl.bewijsmap.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How domain values are written as SQLite text and numbers: local date-times and dates as ISO text,
 * offsets as {@code +01:00}, enums by name, prices as whole cents.
 */
final class SqlValues {

    // Always with seconds, so stored times sort as text and SQLite's date functions read them.
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private SqlValues() {
    }

    static String local(LocalDateTime value) {
        return LOCAL.format(value);
    }

    /** A moment the app itself records, such as when a dossier went in the bin: local time and offset in one. */
    static String moment(OffsetDateTime value) {
        return local(value.toLocalDateTime()) + offset(value.getOffset());
    }

    static LocalDateTime local(String text) {
        // Opening a big dossier reads tens of thousands of these: the shape this class writes is read by hand,
        // anything else by the general parser.
        if (text.length() == 19 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0) {
                return parse(text, () -> LocalDateTime.of(year, month, day, hour, minute, second));
            }
        }
        return parse(text, () -> LocalDateTime.parse(text));
    }

    /** The number written in text[from, to), or -1 when a character there is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** ZoneOffset's own id spells UTC as "Z"; every offset is written with its sign instead. */
    static String offset(ZoneOffset offset) {
        if (offset == null) {
            return null;
        }
        return offset.equals(ZoneOffset.UTC) ? "+00:00" : offset.getId();
    }

    static ZoneOffset offset(String text) {
        return text == null ? null : parse(text, () -> ZoneOffset.of(text));
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static LocalDate date(String text) {
        return text == null ? null : parse(text, () -> LocalDate.parse(text));
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        return name == null ? null : parse(name, () -> Enum.valueOf(type, name));
    }

    /** A price in whole cents; a fraction of a cent is rounded half up, the way a receipt would show it. */
    static Long cents(BigDecimal price) {
        return price == null ? null : price.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    static BigDecimal price(Long cents) {
        return cents == null ? null : BigDecimal.valueOf(cents, 2);
    }

    private interface Parser<T> {
        T parse();
    }

    private static <T> T parse(String text, Parser<T> parser) {
        try {
            return parser.parse();
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new StoreException("The data file holds a value this version of Bewijsmap cannot read: "
                    + text, e);
        }
    }
}
