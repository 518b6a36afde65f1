package nl.bewijsmap.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;

/** Reads domain values from the current row of a result, by column name. */
final class Columns {

    private Columns() {
    }

    static String text(ResultSet row, String column) throws SQLException {
        return row.getString(column);
    }

    static boolean flag(ResultSet row, String column) throws SQLException {
        return row.getInt(column) != 0;
    }

    static <E extends Enum<E>> E name(ResultSet row, String column, Class<E> type) throws SQLException {
        return SqlValues.enumValue(type, row.getString(column));
    }

    static LocalDate date(ResultSet row, String column) throws SQLException {
        return SqlValues.date(row.getString(column));
    }

    static BigDecimal price(ResultSet row, String column) throws SQLException {
        long cents = row.getLong(column);
        return row.wasNull() ? null : SqlValues.price(cents);
    }

    /** The timestamp in the columns {@code <prefix>_local}, {@code _offset}, {@code _source}, {@code _precision}. */
    static Timestamp timestamp(ResultSet row, String prefix) throws SQLException {
        return new Timestamp(
                SqlValues.local(row.getString(prefix + "_local")),
                SqlValues.offset(row.getString(prefix + "_offset")),
                name(row, prefix + "_source", TimestampSource.class),
                name(row, prefix + "_precision", Precision.class));
    }
}
