package nl.bewijsmap.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

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
        return parse(text, () -> LocalDateTime.parse(text));
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
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new StoreException("The data file holds a value this version of Bewijsmap cannot read: "
                    + text, e);
        }
    }
}
