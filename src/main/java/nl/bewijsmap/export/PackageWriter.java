package nl.bewijsmap.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.export.layout.FontFiles;
import nl.bewijsmap.export.layout.Fonts;
import nl.bewijsmap.export.layout.Metrics;
import nl.bewijsmap.export.layout.Sheet;
import nl.bewijsmap.store.vault.FileVault;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Writes a dossier's PDF complaint package, and a letter on its own for printing or keeping. */
public final class PackageWriter {

    private final FileVault vault;
    private final Clock clock;
    private final FontFiles fonts = new FontFiles();

    public PackageWriter(FileVault vault) {
        this(vault, Clock.systemDefaultZone());
    }

    /** The clock gives the date a package or letter PDF says it was made. */
    public PackageWriter(FileVault vault, Clock clock) {
        this.vault = Objects.requireNonNull(vault, "vault");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Writes the package the request asks for: one PDF at {@code request.out()}, or, past the size limit, numbered
     * parts beside it. Nothing is left behind when it fails or is cancelled.
     *
     * @throws ExportCancelledException when {@code progress} asked to stop
     */
    public PackageResult write(DossierSnapshot snapshot, PackageRequest request, ExportProgress progress)
            throws IOException {
        return new PackageJob(vault, fonts, ZonedDateTime.now(clock), snapshot, request, progress).run();
    }

    /** The letter alone, on A4 with the address in the window of a Dutch window envelope. */
    public void writeLetter(Letter letter, Path out) throws IOException {
        Words words = new Words(letter.locale());
        Path temp = Output.tempBeside(out);
        try (Metrics metrics = new Metrics(fonts);
                PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            List<Sheet> sheets = new LetterLayout(metrics, words).lay(letter);
            Pages pages = new Pages(document, new Fonts(document, fonts));
            for (Sheet sheet : sheets) {
                pages.add(sheet);
            }
            if (sheets.size() > 1) {
                Footers.draw(pages, metrics, i -> words.text("export.footer.letter", Words.number(i + 1),
                        Words.number(sheets.size())));
            }
            Info.set(document, letter.subject(), letter.signatureName(), words.text(kindKey(letter.kind())),
                    ZonedDateTime.now(clock), letter.locale());
            // Plain cross-reference tables, as for the package (see PartWriter).
            document.save(temp.toFile(), CompressParameters.NO_COMPRESSION);
            Output.moveIntoPlace(temp, out);
        } finally {
            Output.deleteQuietly(temp);
        }
    }

    private static String kindKey(LetterKind kind) {
        return switch (kind) {
            case COMPLAINT -> "export.letter.kind.COMPLAINT";
            case NOTICE_OF_DEFAULT -> "export.letter.kind.NOTICE_OF_DEFAULT";
            case WITHDRAWAL -> "export.letter.kind.WITHDRAWAL";
            case LATE_DELIVERY -> "export.letter.kind.LATE_DELIVERY";
            case COVER_LETTER -> "export.letter.kind.COVER_LETTER";
        };
    }
}
