package nl.bewijsmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A big scan: nine pages, each a 13 MB scan-like picture, so every page alone is over the limit. Every such page is
 * drawn as a picture, every part stays within the limit and nothing else is left in the folder.
 */
class PackageScanLimitTest {

    private static final int PAGES = 9;
    private static final long PAGE_BYTES = 13_000_000;

    @TempDir
    Path folder;

    private ExportFixture fixture;

    @BeforeEach
    void fill() throws IOException {
        fixture = new ExportFixture(folder.resolve("data"));
        fixture.add(bigScan(folder.resolve("scan.pdf")));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Noise, the worst case for JPEG, at a quality that makes each page's picture about 13 MB. */
    private static Path bigScan(Path file) throws IOException {
        Random random = new Random(5);
        BufferedImage image = new BufferedImage(3600, 2600, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        byte[] jpeg = PhotoEncoder.jpeg(image, 0.97f);
        assertThat((long) jpeg.length).isBetween(PAGE_BYTES - 2_000_000, PAGE_BYTES + 4_000_000);
        try (PDDocument document = new PDDocument()) {
            for (int p = 0; p < PAGES; p++) {
                // Each page its own copy of the picture, as a scanner writes it.
                PDImageXObject picture = JPEGFactory.createFromByteArray(document, jpeg);
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(picture, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private PackageResult export(Path out, long limit) throws IOException {
        return fixture.writer().write(fixture.snapshot(), ExportFixture.request(out,
                ExportFixture.letter(Locale.ENGLISH, "Dear committee,\n\nMy complaint.\n\nYours sincerely,"), limit,
                false, Locale.ENGLISH, Set.of()), ExportProgress.NONE);
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    private void everyPartWithinTheLimit(long limit) throws IOException {
        Path out = folder.resolve("out-" + limit).resolve("package.pdf");

        PackageResult result = export(out, limit);

        assertThat(listing(out.getParent())).containsExactlyElementsOf(result.files());
        int exhibitPages = 0;
        for (Path part : result.files()) {
            assertThat(Files.size(part)).as("%s", part.getFileName()).isLessThanOrEqualTo(limit);
            try (PDDocument document = PdfFacts.open(part)) {
                for (String text : PdfFacts.pageTexts(document)) {
                    if (text.contains("Exhibit 1 — ")) {
                        exhibitPages++;
                    }
                }
            }
        }
        assertThat(exhibitPages).as("every page of the scan is in the package").isEqualTo(PAGES);
    }

    @Test
    void everyPageTooBigOnItsOwnIsPicturedAndEveryPartStaysWithinTheDefaultLimit() throws IOException {
        everyPartWithinTheLimit(PackageRequest.DEFAULT_MAX_PART_BYTES);
    }

    @Test
    void everyPartStaysWithinASmallerLimitToo() throws IOException {
        everyPartWithinTheLimit(5_000_000);
    }
}
