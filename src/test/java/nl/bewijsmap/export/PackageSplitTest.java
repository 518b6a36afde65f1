package nl.bewijsmap.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.bewijsmap.intake.Corpus;
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

/** Past the size limit a package becomes numbered parts, each within the limit and each complete in itself. */
class PackageSplitTest {

    private static final long LIMIT = 1_000_000;
    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final int SCAN_PAGES = 12;

    @TempDir
    Path folder;

    private ExportFixture fixture;
    private Path out;

    @BeforeEach
    void fill() throws IOException {
        fixture = new ExportFixture(folder.resolve("data"));
        for (String photo : List.of("DSCN0010.jpg", "DSCN0021.jpg", "DSCN0042.jpg", "Canon_40D.jpg",
                "Nikon_D70.jpg", "Pentax_K10D.jpg", "Sony_HDR-HC3.jpg", "jolla.jpg", "landscape_6.jpg",
                "Panasonic_DMC-FZ30.jpg")) {
            fixture.add(Corpus.file("photos/exif-samples/" + photo));
        }
        fixture.add(Corpus.file("photos/metadata-extractor-images/Oppo R7 Plus.jpg"));
        fixture.add(scannedPdf(folder.resolve("scan.pdf")));
        fixture.call(LocalDateTime.of(2026, 2, 16, 10, 12), "Mark", "Reported the leak.", "An engineer comes.");
        out = folder.resolve("out").resolve("package.pdf");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** A scan of twelve pages, each a photo-like JPEG of about 150 kB: too big for one 1 MB part. */
    private static Path scannedPdf(Path file) throws IOException {
        Random random = new Random(3);
        try (PDDocument document = new PDDocument()) {
            for (int p = 0; p < SCAN_PAGES; p++) {
                BufferedImage image = new BufferedImage(900, 1270, BufferedImage.TYPE_INT_RGB);
                for (int y = 0; y < image.getHeight(); y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        int v = 200 + random.nextInt(50);
                        image.setRGB(x, y, v << 16 | v << 8 | (v - random.nextInt(30)));
                    }
                }
                PDImageXObject jpeg = JPEGFactory.createFromImage(document, image, 0.6f);
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(jpeg, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            document.save(file.toFile());
        }
        assertThat(Files.size(file)).isGreaterThan(3 * LIMIT / 2);
        return file;
    }

    private PackageResult export(long limit, ExportProgress progress) throws IOException {
        return fixture.writer().write(fixture.snapshot(), ExportFixture.request(out,
                ExportFixture.letter(ENGLISH, "Dear committee,\n\nMy complaint.\n\nYours sincerely,"), limit, false,
                ENGLISH, Set.of()), progress);
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(out.getParent())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSmallLimitSplitsThePackageIntoNumberedPartsEachWithinTheLimit() throws IOException {
        PackageResult result = export(LIMIT, ExportProgress.NONE);

        int parts = result.files().size();
        assertThat(parts).isGreaterThanOrEqualTo(3);
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= parts; i++) {
            names.add("package-" + i + ".pdf");
            assertThat(result.files().get(i - 1)).isEqualTo(out.resolveSibling("package-" + i + ".pdf"));
            assertThat(Files.size(result.files().get(i - 1))).as("part %d", i).isLessThanOrEqualTo(LIMIT);
        }
        assertThat(listing()).containsExactlyElementsOf(names);
        int pages = 0;
        for (int i = 1; i <= parts; i++) {
            try (PDDocument part = PdfFacts.open(result.files().get(i - 1))) {
                List<String> texts = PdfFacts.pageTexts(part);
                for (int p = 0; p < texts.size(); p++) {
                    assertThat(texts.get(p)).contains(ExportFixture.TITLE + " — part " + i + " of " + parts
                            + " — page " + (p + 1) + " of " + texts.size());
                }
                if (i > 1) {
                    assertThat(texts.get(0)).contains("Part " + i + " of " + parts, "Exhibits in this part");
                    assertThat(part.getDocumentInformation().getTitle())
                            .isEqualTo(ExportFixture.TITLE + " (part " + i + " of " + parts + ")");
                }
                pages += texts.size();
            }
        }
        assertThat(result.pages()).isEqualTo(pages);
    }

    @Test
    void partOneSaysWhichPartAndPageHoldsEveryExhibit() throws IOException {
        PackageResult result = export(LIMIT, ExportProgress.NONE);

        String front;
        try (PDDocument first = PdfFacts.open(result.files().get(0))) {
            front = String.join("\n", PdfFacts.pageTexts(first));
        }
        Matcher reference = Pattern.compile("Exhibit (\\d+), part (\\d+), p\\. (\\d+)").matcher(front);
        int checked = 0;
        List<Integer> seen = new ArrayList<>();
        while (reference.find()) {
            int exhibit = Integer.parseInt(reference.group(1));
            int part = Integer.parseInt(reference.group(2));
            int page = Integer.parseInt(reference.group(3));
            try (PDDocument held = PdfFacts.open(result.files().get(part - 1))) {
                assertThat(PdfFacts.pageTexts(held).get(page - 1)).as("exhibit %d", exhibit)
                        .contains("Exhibit " + exhibit + " — ");
            }
            seen.add(part);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(fixture.evidence.size() + fixture.calls.size());
        assertThat(seen).contains(1, 2);
        // The scan runs over into later parts; the reference says where it ends.
        assertThat(front).contains("(continues in part " + result.files().size() + ")");
    }

    @Test
    void aPdfTooBigForOnePartHasItsPagesSpreadOverParts() throws IOException {
        PackageResult result = export(LIMIT, ExportProgress.NONE);

        List<Integer> partsWithScan = new ArrayList<>();
        int scanPages = 0;
        for (int i = 0; i < result.files().size(); i++) {
            try (PDDocument part = PdfFacts.open(result.files().get(i))) {
                int here = 0;
                for (String text : PdfFacts.pageTexts(part)) {
                    Matcher stamp = Pattern.compile("— scan — .*?page (\\d+) of " + SCAN_PAGES).matcher(text);
                    if (stamp.find()) {
                        here++;
                        assertThat(Integer.parseInt(stamp.group(1))).isEqualTo(scanPages + 1);
                        scanPages++;
                    }
                }
                if (here > 0) {
                    partsWithScan.add(i + 1);
                }
            }
        }
        assertThat(scanPages).isEqualTo(SCAN_PAGES);
        assertThat(partsWithScan).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aSinglePageTooBigForAnyPartIsDrawnAsAPictureSoThePartStaysWithinTheLimit() throws IOException {
        Path huge = folder.resolve("huge-scan.pdf");
        Random random = new Random(5);
        try (PDDocument document = new PDDocument()) {
            BufferedImage image = new BufferedImage(2480, 3508, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    image.setRGB(x, y, random.nextInt(0x1000000));
                }
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(JPEGFactory.createFromImage(document, image, 0.9f), 0, 0,
                        PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            document.save(huge.toFile());
        }
        assertThat(Files.size(huge)).isGreaterThan(2 * LIMIT);
        fixture.add(huge);

        PackageResult result = export(LIMIT, ExportProgress.NONE);

        boolean pictured = false;
        for (Path part : result.files()) {
            assertThat(Files.size(part)).as(part.getFileName().toString()).isLessThanOrEqualTo(LIMIT);
            try (PDDocument document = PdfFacts.open(part)) {
                for (String text : PdfFacts.pageTexts(document)) {
                    pictured |= text.contains("huge-scan") && text.contains("This page is shown as a picture");
                }
            }
        }
        assertThat(pictured).isTrue();
    }

    @Test
    void cancellingStopsTheExportAndLeavesNoFileBehind() throws IOException {
        AtomicInteger updates = new AtomicInteger();
        ExportProgress cancelling = new ExportProgress() {
            @Override
            public void update(long done, long total, String message) {
                updates.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return updates.get() >= 16;
            }
        };

        assertThatThrownBy(() -> export(LIMIT, cancelling)).isInstanceOf(ExportCancelledException.class);

        assertThat(updates.get()).isGreaterThanOrEqualTo(16);
        assertThat(!Files.exists(out.getParent()) || listing().isEmpty()).isTrue();
        try (Stream<Path> left = Files.walk(folder.resolve("data").resolve("vault").resolve("tmp"))) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aPackageThatFitsReplacesTheEarlierPartsOfTheSameName() throws IOException {
        export(LIMIT, ExportProgress.NONE);
        Path foreign = out.resolveSibling("package-9.pdf");
        Files.writeString(foreign, "not ours");

        PackageResult result = export(PackageRequest.DEFAULT_MAX_PART_BYTES, ExportProgress.NONE);

        assertThat(result.files()).containsExactly(out);
        assertThat(listing()).containsExactly("package-9.pdf", "package.pdf");
    }
}
