package nl.bewijsmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.bewijsmap.cli.CliRunner.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh data folder with one dossier made through {@code dossier create}, for the commands that work on it. */
abstract class OneDossierTestBase {

    @TempDir
    Path dataDir;

    CliRunner cli;
    /** The dossier's number as it is typed after {@code --dossier}. */
    String dossier;

    @BeforeEach
    void createDossier() {
        cli = new CliRunner(dataDir);
        dossier = String.valueOf(cli.createDossier("Wasmachine"));
    }

    /** The items of {@code timeline --json} that were recorded, leaving out the deadlines computed from them. */
    List<JsonNode> recorded() throws IOException {
        Run run = cli.run("timeline", "--dossier", dossier, "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode item : run.json()) {
            if (!item.get("type").asText().equals("deadline")) {
                items.add(item);
            }
        }
        return items;
    }
}
