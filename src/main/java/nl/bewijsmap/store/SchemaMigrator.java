package nl.bewijsmap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database file up to a schema version, one migration per transaction. The version is kept in
 * {@code PRAGMA user_version} and, with a description and time, in the {@code schema_history} table.
 */
final class SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private static final String CREATE_HISTORY = "CREATE TABLE IF NOT EXISTS schema_history ("
            + "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)";

    private final List<Migration> migrations;

    SchemaMigrator(List<Migration> migrations) {
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new IllegalArgumentException("Migrations must be numbered 1, 2, 3… without gaps; found "
                        + migrations.get(i).version() + " at position " + (i + 1));
            }
        }
        this.migrations = List.copyOf(migrations);
    }

    int latestVersion() {
        return migrations.size();
    }

    /** Applies the migrations after the file's current version, up to and including {@code targetVersion}. */
    void migrateTo(Connection connection, int targetVersion) throws SQLException {
        if (targetVersion < 0 || targetVersion > latestVersion()) {
            throw new IllegalArgumentException("No schema version " + targetVersion);
        }
        refuseNewer(currentVersion(connection));
        for (Migration migration : migrations) {
            if (migration.version() <= targetVersion) {
                apply(connection, migration);
            }
        }
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private void refuseNewer(int version) {
        if (version > latestVersion()) {
            throw new StoreException("This data was made by a newer version of Bewijsmap (data version " + version
                    + "; this version understands up to " + latestVersion() + ")."
                    + " Install the newer version to open it.");
        }
    }

    private void apply(Connection connection, Migration migration) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // IMMEDIATE takes the write lock first, so a second process opening the same old file
            // waits here and then sees the version already raised instead of applying it twice.
            statement.executeUpdate("BEGIN IMMEDIATE");
            try {
                int current = currentVersion(connection);
                refuseNewer(current);
                if (current >= migration.version()) {
                    statement.executeUpdate("ROLLBACK");
                    return;
                }
                statement.executeUpdate(CREATE_HISTORY);
                for (String sql : migration.statements()) {
                    statement.executeUpdate(sql);
                }
                record(connection, migration);
                statement.executeUpdate("PRAGMA user_version = " + migration.version());
                statement.executeUpdate("COMMIT");
            } catch (SQLException | RuntimeException e) {
                rollback(statement, e);
                throw e;
            }
        }
        LOG.info("Database schema migrated to version {} ({})", migration.version(), migration.description());
    }

    private static void record(Connection connection, Migration migration) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO schema_history (version, description, applied_at) VALUES (?, ?, ?)")) {
            insert.setInt(1, migration.version());
            insert.setString(2, migration.description());
            insert.setString(3, SqlValues.moment(OffsetDateTime.now()));
            insert.executeUpdate();
        }
    }

    private static void rollback(Statement statement, Exception cause) {
        try {
            statement.executeUpdate("ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
