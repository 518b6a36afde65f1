package nl.bewijsmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.ItemRef;
import nl.bewijsmap.intake.Corpus;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packages at the edges: nothing to show, files gone or damaged, a name without ".pdf". */
class PackageEdgeCasesTest {

    @TempDir
    Path folder;

    private ExportFixture fixture;

    @BeforeEach
    void open() {
        fixture = new ExportFixture(folder.resolve("data"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<String> export(Path out, Set<ItemRef> excluded) throws Exception {
        PackageResult result = fixture.writer().write(fixture.snapshot(), ExportFixture.request(out, null,
                PackageRequest.DEFAULT_MAX_PART_BYTES, false, Locale.ENGLISH, excluded), ExportProgress.NONE);
        assertThat(result.files()).hasSize(1);
        try (PDDocument document = PdfFacts.open(result.files().get(0))) {
            return PdfFacts.pageTexts(document);
        }
    }

    @Test
    void aPackageWithEverythingLeftOutStillHasItsSummaryChronologyAndIndex() throws Exception {
        EvidenceItem photo = fixture.add(Corpus.file("photos/exif-samples/DSCN0010.jpg"));
        fixture.event(LocalDateTime.of(2026, 2, 27, 11, 0), EventKind.NOTE, "A private note.");

        List<String> pages = export(folder.resolve("empty.pdf"), Set.of(ItemRef.evidence(photo.id()),
                ItemRef.event(fixture.events.get(0).id())));

        String all = String.join("\n", pages);
        assertThat(all).contains("Summary", "This package holds no items.", "This package holds no exhibits.");
        assertThat(all).doesNotContain("A private note.", "DSCN0010");
    }

    @Test
    void aStoredFileThatIsGoneGetsAPageSayingSoAndTheRestIsWritten() throws Exception {
        EvidenceItem gone = fixture.add(Corpus.file("photos/exif-samples/DSCN0021.jpg"));
        EvidenceItem pdf = fixture.add(Corpus.file("pdfs/pdf.js/three_pages_with_number.pdf"));
        fixture.add(Corpus.file("photos/exif-samples/DSCN0042.jpg"));
        for (EvidenceItem item : List.of(gone, pdf)) {
            Path stored = fixture.services.vault().pathOf(item.sha256());
            stored.toFile().setWritable(true);
            Files.delete(stored);
        }

        List<String> pages = export(folder.resolve("gone.pdf"), Set.of());

        String all = String.join("\n", pages);
        assertThat(all.split("The stored copy of this file could not be found", -1)).hasSize(3);
        assertThat(all).contains(gone.sha256(), pdf.sha256(), "DSCN0042");
    }

    @Test
    void aDamagedPhotoIsShownAsFarAsItCanBeReadAndSaysSo() throws Exception {
        fixture.add(Corpus.file("malformed/synthetic/truncated-50pct_DSCN0010.jpg"));

        String all = String.join("\n", export(folder.resolve("damaged.pdf"), Set.of()));

        assertThat(all).contains("The file of this photo is damaged: the picture is shown as far as it could be read.");
    }

    @Test
    void anEncryptedPdfThatOpensWithoutAPasswordIsShownWithItsText() throws Exception {
        fixture.add(Corpus.file("pdfs/pdf.js/pr6531_2.pdf"));

        String all = String.join("\n", export(folder.resolve("encrypted.pdf"), Set.of()));

        assertThat(all).contains("Bluebeam should be encrypting this.");
    }

    @Test
    void aNameWithoutTheExtensionIsWrittenAsAsked() throws Exception {
        fixture.add(Corpus.file("photos/exif-samples/DSCN0010.jpg"));

        export(folder.resolve("pakket"), Set.of());

        assertThat(Files.isRegularFile(folder.resolve("pakket"))).isTrue();
    }
}
