package nl.bewijsmap.cli;

import java.nio.file.Path;
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
}
