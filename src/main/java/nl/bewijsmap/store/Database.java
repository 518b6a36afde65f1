package nl.bewijsmap.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SQLite data file, opened through one connection that every read and change passes through, one
 * caller at a time. Opening it brings the schema up to date.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    /** Changes committed through this connection; SQLite's data_version counts those of other connections. */
    private final AtomicLong commits = new AtomicLong();
    private boolean inTransaction;
    private boolean closed;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) the data file and applies every migration it lacks. */
    public static Database open(Path dbFile) {
        return open(dbFile, Migrations.LATEST);
    }

    /** Opens the data file migrated only up to {@code schemaVersion}; for testing upgrades. */
    static Database open(Path dbFile, int schemaVersion) {
        Path path = dbFile.toAbsolutePath();
        createParent(path);
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + path);
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
        try {
            configure(connection);
            new SchemaMigrator(Migrations.all()).migrateTo(connection, schemaVersion);
        } catch (SQLException e) {
            throw closeAfterFailure(connection, SqlErrors.translate(e));
        } catch (RuntimeException e) {
            throw closeAfterFailure(connection, e);
        }
        LOG.info("Opened database {}", path);
        return new Database(path, connection);
    }

    private static void createParent(Path path) {
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new StoreException("The folder for your data could not be created: " + path.getParent(), e);
        }
    }

    private static void configure(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // Set before anything else touches the file, so a second process waits instead of failing.
            statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode = WAL")) {
                if (!mode.next() || !"wal".equalsIgnoreCase(mode.getString(1))) {
                    LOG.warn("SQLite refused write-ahead logging for this file; continuing without it");
                }
            }
            statement.execute("PRAGMA foreign_keys = ON");
            // FULL: a power cut right after a save must not lose that save (WAL + NORMAL may).
            statement.execute("PRAGMA synchronous = FULL");
        }
    }

    private static RuntimeException closeAfterFailure(Connection connection, RuntimeException failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }

    /** Runs work that only reads; each statement sees the data as it is at that moment. */
    public <T> T read(SqlFunction<Connection, T> work) {
        lock.lock();
        try {
            ensureOpen();
            return work.apply(connection);
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs work in one transaction: all of it is saved, or none of it when it throws. A call made from inside
     * another transaction joins that one, so several changes can be made as one.
     */
    public <T> T inTransaction(SqlFunction<Connection, T> work) {
        lock.lock();
        try {
            ensureOpen();
            return inTransaction ? work.apply(connection) : transaction(work);
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        } finally {
            lock.unlock();
        }
    }

    // BEGIN/COMMIT by hand instead of setAutoCommit(false): IMMEDIATE takes the write lock up front (so the
    // busy timeout applies there), and sqlite-jdbc would otherwise open a new transaction right after commit.
    private <T> T transaction(SqlFunction<Connection, T> work) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("BEGIN IMMEDIATE");
            inTransaction = true;
            try {
                T result = work.apply(connection);
                statement.executeUpdate("COMMIT");
                commits.incrementAndGet();
                return result;
            } catch (Throwable e) {
                rollback(statement, e);
                throw e;
            } finally {
                inTransaction = false;
            }
        }
    }

    private static void rollback(Statement statement, Throwable cause) {
        try {
            statement.executeUpdate("ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * A mark that differs whenever a change has been committed to the file since it was last taken, by this
     * process or another one; what was read under an equal mark is still what the file holds.
     */
    public String changeMark() {
        return read(c -> {
            try (Statement statement = c.createStatement();
                 java.sql.ResultSet row = statement.executeQuery("PRAGMA data_version")) {
                row.next();
                return commits.get() + "/" + row.getLong(1);
            }
        });
    }

    /** The schema version of the open file. */
    public int schemaVersion() {
        return read(SchemaMigrator::currentVersion);
    }

    /** SQLite's own check of the file: {@code "ok"} when it is sound, else the problems it found, one per line. */
    public String integrityCheck() {
        return read(c -> {
            List<String> lines = new ArrayList<>();
            try (Statement statement = c.createStatement();
                 ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
            return String.join("\n", lines);
        });
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                connection.close();
                LOG.info("Closed database {}", file);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        } finally {
            lock.unlock();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("The data file has already been closed.");
        }
    }
}
