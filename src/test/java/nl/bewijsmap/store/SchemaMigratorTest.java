package nl.bewijsmap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.Dossier;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.Phase;
import nl.bewijsmap.domain.Seller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigratorTest {

    @TempDir
    Path dir;

    @Test
    void aNewFileRecordsTheLatestVersionInUserVersionAndInTheHistory() {
        try (Database database = Database.open(dir.resolve("new.db"))) {
            assertThat(Migrations.LATEST).isGreaterThanOrEqualTo(2);
            assertThat(database.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(Sql.single(database, "PRAGMA user_version")).isEqualTo(String.valueOf(Migrations.LATEST));
            assertThat(Sql.column(database, "SELECT version FROM schema_history ORDER BY version"))
                    .containsExactly("1", "2", "3", "4");
            assertThat(Sql.column(database, "SELECT description FROM schema_history ORDER BY version"))
                    .containsExactly("create dossier party and setting", "add dispute facts and soft delete",
                            "add evidence", "add calls and events");
            assertThat(Sql.column(database, "SELECT applied_at FROM schema_history"))
                    .allSatisfy(appliedAt -> assertThat(OffsetDateTime.parse(appliedAt)).isNotNull());
        }
    }

    @Test
    void aVersionOneFileIsUpgradedInPlaceAndKeepsItsRows() {
        Path file = dir.resolve("old.db");
        try (Database old = Database.open(file, 1)) {
            assertThat(old.schemaVersion()).isEqualTo(1);
            assertThat(columnsOf(old, "dossier")).doesNotContain("product", "deleted_at");
            Sql.update(old, "INSERT INTO dossier (id, title, phase, archived,"
                    + " created_local, created_offset, created_source, created_precision,"
                    + " updated_local, updated_offset, updated_source, updated_precision) VALUES"
                    + " (7, 'Broken washing machine', 'WRITTEN_COMPLAINT', 1,"
                    + " '2024-02-01T09:15:00', '+01:00', 'SYSTEM_CLOCK', 'SECOND',"
                    + " '2024-02-03T18:00:00', '+01:00', 'SYSTEM_CLOCK', 'SECOND')");
            Sql.update(old, "INSERT INTO party (role, dossier_id, name) VALUES ('SELLER', 7, 'Witgoed Online')");
        }

        try (Database upgraded = Database.open(file)) {
            assertThat(upgraded.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(Sql.column(upgraded, "SELECT version FROM schema_history ORDER BY version"))
                    .containsExactly("1", "2", "3", "4");
            assertThat(columnsOf(upgraded, "dossier")).contains("country", "distance_sale", "product",
                    "order_number", "customer_number", "order_date", "delivery_date", "discovered_date",
                    "price_cents", "payment_method", "problem", "desired_outcome", "deleted_at");
            assertThat(upgraded.integrityCheck()).isEqualTo("ok");

            Dossier dossier = new DossierRepository(upgraded, Clock.systemDefaultZone()).find(7).orElseThrow();
            assertThat(dossier.title()).isEqualTo("Broken washing machine");
            assertThat(dossier.phase()).isEqualTo(Phase.WRITTEN_COMPLAINT);
            assertThat(dossier.archived()).isTrue();
            assertThat(dossier.createdAt().local()).hasToString("2024-02-01T09:15");
            assertThat(dossier.facts()).isEqualTo(DossierFacts.EMPTY);
            assertThat(dossier.facts().country()).isEqualTo(Country.NL);
            assertThat(new PartyRepository(upgraded, Clock.systemDefaultZone()).findSeller(7))
                    .isEqualTo(Seller.named("Witgoed Online"));
        }
    }

    @Test
    void reopeningAnUpToDateFileAppliesNothingAgain() {
        Path file = dir.resolve("twice.db");
        Database.open(file).close();

        try (Database again = Database.open(file)) {
            assertThat(Sql.single(again, "SELECT count(*) FROM schema_history")).isEqualTo("4");
        }
    }

    @Test
    void aFileFromANewerVersionIsRefusedInPlainWordsAndLeftAlone() throws Exception {
        Path file = dir.resolve("newer.db");
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement()) {
            statement.executeUpdate("CREATE TABLE future (x)");
            statement.executeUpdate("PRAGMA user_version = 99");
        }

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("This data was made by a newer version of Bewijsmap")
                .hasMessageContaining("99");

        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(SchemaMigrator.currentVersion(raw)).isEqualTo(99);
            assertThat(tablesOf(raw)).containsExactly("future");
        }
    }

    @Test
    void aFailingMigrationLeavesTheFileAtTheVersionBefore() throws Exception {
        Migration first = Migrations.all().get(0);
        Migration broken = new Migration(2, "half broken",
                "CREATE TABLE evidence (id INTEGER);\nINSERT INTO nowhere VALUES (1);");
        List<Migration> migrations = List.of(first, broken);
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("broken.db"))) {
            SchemaMigrator migrator = new SchemaMigrator(migrations);

            assertThatThrownBy(() -> migrator.migrateTo(raw, 2)).isInstanceOf(java.sql.SQLException.class);

            assertThat(SchemaMigrator.currentVersion(raw)).isEqualTo(1);
            assertThat(tablesOf(raw)).contains("dossier").doesNotContain("evidence");
        }
    }

    @Test
    void migrationsMustBeNumberedWithoutGaps() {
        Migration first = Migrations.all().get(0);
        Migration third = new Migration(3, "skips two", "SELECT 1;");

        assertThatThrownBy(() -> new SchemaMigrator(List.of(first, third)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMigrationScriptSplitsIntoStatementsAtLineEndsWithoutItsComments() {
        Migration migration = new Migration(1, "demo", """
                -- a comment; with a semicolon
                CREATE TABLE a (x TEXT DEFAULT 'p;q');
                INSERT INTO a VALUES ('1');  \s
                -- the end
                """);

        assertThat(migration.statements())
                .containsExactly("CREATE TABLE a (x TEXT DEFAULT 'p;q')", "INSERT INTO a VALUES ('1')");
    }

    private static List<String> columnsOf(Database database, String table) {
        return Sql.column(database, "SELECT name FROM pragma_table_info('" + table + "')");
    }

    private static List<String> tablesOf(Connection connection) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                             + " ORDER BY name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
