package nl.bewijsmap.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import nl.bewijsmap.domain.Timestamp;

/** Binds the parameters of a statement in order, so nobody counts question marks by hand. */
final class Params {

    private final PreparedStatement statement;
    private int index;

    Params(PreparedStatement statement) {
        this.statement = statement;
    }

    Params text(String value) throws SQLException {
        statement.setString(++index, value);
        return this;
    }

    Params integer(Long value) throws SQLException {
        if (value == null) {
            statement.setNull(++index, Types.INTEGER);
        } else {
            statement.setLong(++index, value);
        }
        return this;
    }

    Params integer(long value) throws SQLException {
        statement.setLong(++index, value);
        return this;
    }

    Params flag(boolean value) throws SQLException {
        statement.setInt(++index, value ? 1 : 0);
        return this;
    }

    Params name(Enum<?> value) throws SQLException {
        return text(SqlValues.name(value));
    }

    Params date(LocalDate value) throws SQLException {
        return text(SqlValues.date(value));
    }

    Params price(BigDecimal value) throws SQLException {
        return integer(SqlValues.cents(value));
    }

    /** The four columns of a timestamp: local, offset, source, precision. */
    Params timestamp(Timestamp value) throws SQLException {
        return text(SqlValues.local(value.local()))
                .text(SqlValues.offset(value.offset()))
                .name(value.source())
                .name(value.precision());
    }
}
