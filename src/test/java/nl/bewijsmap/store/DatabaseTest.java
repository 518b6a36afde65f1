package nl.bewijsmap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("data/nested/bewijsmap.db"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void openCreatesTheMissingFoldersAndTheFile() {
        assertThat(database.file()).isEqualTo(dir.resolve("data/nested/bewijsmap.db").toAbsolutePath());
        assertThat(database.file()).isRegularFile();
    }

    @Test
    void theFileUsesWriteAheadLogging() {
        assertThat(Sql.single(database, "PRAGMA journal_mode")).isEqualTo("wal");
        assertThat(database.file().resolveSibling("bewijsmap.db-wal")).exists();
    }

    @Test
    void foreignKeysAreEnforced() {
        assertThat(Sql.single(database, "PRAGMA foreign_keys")).isEqualTo("1");
        assertThatThrownBy(() -> Sql.update(database, "INSERT INTO party (role, dossier_id) VALUES ('SELLER', 999)"))
                .isInstanceOf(StoreException.class);
        assertThat(Sql.single(database, "SELECT count(*) FROM party")).isEqualTo("0");
    }

    @Test
    void checkConstraintsRefuseImpossibleRows() {
        assertThatThrownBy(() -> Sql.update(database, "INSERT INTO party (role) VALUES ('COURIER')"))
                .isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> Sql.update(database, "INSERT INTO party (role, dossier_id) VALUES ('SELLER', NULL)"))
                .isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> Sql.update(database, "INSERT INTO dossier (title, phase, archived,"
                + " created_local, created_source, created_precision, updated_local, updated_source, updated_precision)"
                + " VALUES ('t', 'OWN_ATTEMPT', 2, 'x', 'USER', 'DAY', 'x', 'USER', 'DAY')"))
                .isInstanceOf(StoreException.class);
    }

    @Test
    void aFreshFilePassesTheIntegrityCheck() {
        assertThat(database.integrityCheck()).isEqualTo("ok");
    }

    @Test
    void aTransactionThatThrowsLeavesNothingBehind() {
        IllegalStateException failure = new IllegalStateException("boom");

        assertThatThrownBy(() -> database.inTransaction(c -> {
            try (Statement statement = c.createStatement()) {
                statement.executeUpdate("INSERT INTO setting (key, value) VALUES ('a', '1')");
            }
            throw failure;
        })).isSameAs(failure);

        assertThat(Sql.single(database, "SELECT count(*) FROM setting")).isEqualTo("0");
    }

    @Test
    void aFailingStatementUndoesTheEarlierStatementsOfItsTransaction() {
        assertThatThrownBy(() -> database.inTransaction(c -> {
            try (Statement statement = c.createStatement()) {
                statement.executeUpdate("INSERT INTO setting (key, value) VALUES ('a', '1')");
                statement.executeUpdate("INSERT INTO setting (key, value) VALUES ('a', '2')");
            }
            return null;
        })).isInstanceOf(StoreException.class)
                .hasMessageNotContaining("SQLITE")
                .hasCauseInstanceOf(java.sql.SQLException.class);

        assertThat(Sql.single(database, "SELECT count(*) FROM setting")).isEqualTo("0");
    }

    @Test
    void aNestedTransactionJoinsTheOuterOneAndFailsWithIt() {
        assertThatThrownBy(() -> database.inTransaction(outer -> {
            Sql.update(database, "INSERT INTO setting (key, value) VALUES ('inner', '1')");
            throw new IllegalStateException("outer fails after the inner change");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(Sql.single(database, "SELECT count(*) FROM setting")).isEqualTo("0");
    }

    @Test
    void theDatabaseIsUsableAgainAfterAFailedTransaction() {
        assertThatThrownBy(() -> database.inTransaction(c -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        Sql.update(database, "INSERT INTO setting (key, value) VALUES ('after', 'yes')");

        assertThat(Sql.single(database, "SELECT value FROM setting WHERE key = 'after'")).isEqualTo("yes");
    }

    @Test
    void twoOpenDatabasesOnOneFileBothSeeEachOthersChanges() {
        try (Database second = Database.open(database.file())) {
            Sql.update(second, "INSERT INTO setting (key, value) VALUES ('from', 'second')");
            Sql.update(database, "INSERT INTO setting (key, value) VALUES ('from first', 'first')");

            assertThat(Sql.single(database, "SELECT value FROM setting WHERE key = 'from'")).isEqualTo("second");
            assertThat(Sql.single(second, "SELECT count(*) FROM setting")).isEqualTo("2");
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedInPlainWords() throws Exception {
        Path notADatabase = dir.resolve("holiday.db");
        Files.writeString(notADatabase, "These are not the bytes of an SQLite file, not even close to it.".repeat(20));

        assertThatThrownBy(() -> Database.open(notADatabase))
                .isInstanceOf(StoreException.class)
                .hasMessage("The data file is damaged or is not a Bewijsmap data file.");
    }

    @Test
    void aClosedDatabaseRefusesWorkInPlainWords() {
        database.close();

        assertThatThrownBy(() -> database.schemaVersion())
                .isInstanceOf(StoreException.class)
                .hasMessage("The data file has already been closed.");
    }
}
