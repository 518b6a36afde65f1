package nl.bewijsmap.store;

import java.sql.SQLException;

/** Work done with a JDBC object that may throw {@link SQLException}; the database turns that into plain words. */
@FunctionalInterface
public interface SqlFunction<T, R> {

    R apply(T input) throws SQLException;
}
