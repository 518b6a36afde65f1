package nl.bewijsmap.store;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain SQL against a test database, to look beneath the repositories. */
final class Sql {

    private Sql() {
    }

    /** The first column of every row the query returns, as text. */
    static List<String> column(Database database, String query) {
        return database.read(c -> {
            List<String> values = new ArrayList<>();
            try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(query)) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        });
    }

    static String single(Database database, String query) {
        List<String> values = column(database, query);
        if (values.size() != 1) {
            throw new AssertionError("Expected one row from " + query + " but got " + values);
        }
        return values.get(0);
    }

    static int update(Database database, String sql) {
        return database.inTransaction(c -> {
            try (Statement statement = c.createStatement()) {
                return statement.executeUpdate(sql);
            }
        });
    }
}
