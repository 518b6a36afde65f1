package nl.bewijsmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import nl.bewijsmap.app.ImportResult;
import nl.bewijsmap.app.ImportStatus;
import nl.bewijsmap.intake.Corpus;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file of the shared corpus that the app keeps (damaged, encrypted, truncated and fuzzed ones included) goes
 * into one package: it is written, every exhibit is in it, and every part stays within the limit.
 */
class CorpusExportTest {

    @TempDir
    Path folder;

    @Test
    void everyKeptCorpusFileGoesIntoAPackageWithoutFailing() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Corpus.folder())) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("MANIFEST.tsv")
                            && !p.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
        int kept = 0;
        try (ExportFixture fixture = new ExportFixture(folder.resolve("data"))) {
            for (Path file : files) {
                ImportResult result = fixture.services.importer().importFile(fixture.dossier, file, null);
                kept += result.status() == ImportStatus.IMPORTED ? 1 : 0;
            }
            assertThat(kept).as("most of the corpus is kept").isGreaterThan(200);
            Path out = folder.resolve("out").resolve("corpus.pdf");
            long limit = 5_000_000;

            PackageResult result = fixture.writer().write(fixture.snapshot(), ExportFixture.request(out, null,
                    limit, false, Locale.ENGLISH, Set.of()), ExportProgress.NONE);

            assertThat(result.exhibits()).isEqualTo(kept);
            int exhibitBookmarks = 0;
            int pages = 0;
            for (Path part : result.files()) {
                assertThat(Files.size(part)).as(part.getFileName().toString()).isLessThanOrEqualTo(limit);
                try (PDDocument document = PdfFacts.open(part)) {
                    pages += document.getNumberOfPages();
                    exhibitBookmarks += (int) PdfFacts.bookmarks(document).stream()
                            .filter(b -> b.depth() == 1 && !b.title().endsWith("(continued)")).count();
                    assertThat(PdfFacts.pageTexts(document).get(document.getNumberOfPages() - 1))
                            .contains("of " + document.getNumberOfPages());
                }
            }
            assertThat(exhibitBookmarks).isEqualTo(kept);
            assertThat(pages).isEqualTo(result.pages()).isGreaterThan(kept);
        }
    }
}
