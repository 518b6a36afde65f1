package nl.bewijsmap.store;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** One step of the database schema: its version number, what it does and the SQL that does it. */
record Migration(int version, String description, String sql) {

    // A statement ends with ';' at the end of a line, so a ';' inside a line never splits.
    private static final Pattern STATEMENT_END = Pattern.compile(";[ \\t]*(?:\\R|$)");
    private static final Pattern COMMENT_LINE = Pattern.compile("(?m)^\\s*--.*$");

    Migration {
        if (version < 1) {
            throw new IllegalArgumentException("A migration version starts at 1: " + version);
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sql, "sql");
        if (statementsOf(sql).isEmpty()) {
            throw new IllegalArgumentException("Migration " + version + " has no SQL");
        }
    }

    /** The SQL statements in order, without comment lines. */
    List<String> statements() {
        return statementsOf(sql);
    }

    private static List<String> statementsOf(String sql) {
        String code = COMMENT_LINE.matcher(sql).replaceAll("");
        return Arrays.stream(STATEMENT_END.split(code))
                .map(String::strip)
                .filter(statement -> !statement.isEmpty())
                .toList();
    }
}
