package nl.bewijsmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.cli.CliRunner.Run;
import nl.bewijsmap.store.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dataDir;

    private final List<Path> windowsOpened = new ArrayList<>();

    private CliRunner cli;

    @BeforeEach
    void runner() {
        cli = new CliRunner(dataDir, windowsOpened::add);
    }

    private Run run(String... args) {
        return cli.bare(args);
    }

    private Run inDataDir(String... args) {
        return cli.run(args);
    }

    @Test
    void createPrintsTheNewIdLastAndListShowsIt() throws Exception {
        Run created = inDataDir("dossier", "create", "--title", "Wasmachine", "--country", "BE", "--seller", "Coolblue",
                "--distance-sale", "--order-date", "2026-03-01", "--delivery-date", "2026-03-04", "--price", "499,00");
        assertThat(created.exitCode()).isZero();
        long id = Long.parseLong(created.lastLine());

        Run listed = inDataDir("dossier", "list", "--json");
        assertThat(listed.exitCode()).isZero();
        JsonNode dossiers = new ObjectMapper().readTree(listed.out());
        assertThat(dossiers).hasSize(1);
        JsonNode dossier = dossiers.get(0);
        assertThat(dossier.get("id").asLong()).isEqualTo(id);
        assertThat(dossier.get("title").asText()).isEqualTo("Wasmachine");
        assertThat(dossier.get("seller").asText()).isEqualTo("Coolblue");
        assertThat(dossier.get("country").asText()).isEqualTo("BE");
        assertThat(dossier.get("phase").asText()).isEqualTo("OWN_ATTEMPT");
        assertThat(dossier.get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");

        try (Services services = Services.open(dataDir, java.time.Clock.systemDefaultZone())) {
            var facts = services.dossiers().find(id).orElseThrow().facts();
            assertThat(facts.distanceSale()).isTrue();
            assertThat(facts.price()).isEqualByComparingTo("499.00");
            assertThat(facts.deliveryDate()).isEqualTo("2026-03-04");
        }
    }

    @Test
    void theDatabaseIsSoundAndRecordsItsSchemaVersion() {
        inDataDir("dossier", "create", "--title", "T");
        try (Database database = Database.open(dataDir.resolve(Services.DATABASE_FILE))) {
            assertThat(database.integrityCheck()).isEqualTo("ok");
            assertThat(database.schemaVersion()).isPositive();
        }
    }

    @Test
    void idsCountUpAndTheTextListNamesEveryDossier() {
        long first = Long.parseLong(inDataDir("dossier", "create", "--title", "Laptop").lastLine());
        long second = Long.parseLong(inDataDir("dossier", "create", "--title", "Bank").lastLine());
        assertThat(second).isGreaterThan(first);
        Run listed = inDataDir("dossier", "list");
        assertThat(listed.out()).contains("Laptop").contains("Bank");
    }

    @Test
    void anEmptyDataDirectoryListsAnEmptyArray() {
        Run listed = inDataDir("dossier", "list", "--json");
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out().strip()).isEqualTo("[]");
    }

    @Test
    void wrongUsageExitsWithTwoAndSaysWhy() {
        Run noTitle = inDataDir("dossier", "create");
        assertThat(noTitle.exitCode()).isEqualTo(2);
        assertThat(noTitle.err()).contains("--title");

        Run badDate = inDataDir("dossier", "create", "--title", "T", "--order-date", "2026-02-30");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("is not a date");

        Run badCountry = inDataDir("dossier", "create", "--title", "T", "--country", "DE");
        assertThat(badCountry.exitCode()).isEqualTo(2);

        assertThat(inDataDir("no-such-command").exitCode()).isEqualTo(2);
    }

    @Test
    void versionAndHelpRunWithoutOpeningAWindow() {
        Run version = run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("Bewijsmap");
        Run help = run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("dossier");
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void noCommandOpensTheWindowOnTheChosenDataDirectory() {
        Run opened = run("--data-dir", dataDir.toString());
        assertThat(opened.exitCode()).isEqualTo(Cli.OPENED_WINDOW);
        assertThat(windowsOpened).containsExactly(dataDir);
    }
}
