package nl.bewijsmap.export;

import java.io.IOException;
import java.nio.file.Path;
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.store.vault.FileVault;

/** Writes a dossier's PDF complaint package, and a letter on its own for printing or keeping. */
public final class PackageWriter {

    private final FileVault vault;

    public PackageWriter(FileVault vault) {
        this.vault = vault;
    }

    // API agreed for issue 5; the export branch fills these in.
    public PackageResult write(DossierSnapshot snapshot, PackageRequest request, ExportProgress progress)
            throws IOException {
        throw new UnsupportedOperationException("export not merged yet " + vault);
    }

    /** The letter alone, on A4 with the address in the window of a Dutch window envelope. */
    public void writeLetter(Letter letter, Path out) throws IOException {
        throw new UnsupportedOperationException("export not merged yet");
    }
}
