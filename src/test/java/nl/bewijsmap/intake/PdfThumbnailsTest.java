package nl.bewijsmap.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import nl.bewijsmap.domain.MediaType;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first page of a PDF made with PDFBox, shown at thumbnail size. */
class PdfThumbnailsTest {

    private static final int EDGE = 240;

    private final Thumbnails thumbnails = new Thumbnails();

    @TempDir
    Path dir;

    /** Two A4 pages: the first black in its top half, the second all black. */
    private Path pdf(String name, StandardProtectionPolicy protection) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDPage first = new PDPage(PDRectangle.A4);
            PDPage second = new PDPage(PDRectangle.A4);
            document.addPage(first);
            document.addPage(second);
            fill(document, first, PDRectangle.A4.getHeight() / 2);
            fill(document, second, 0);
            if (protection != null) {
                document.protect(protection);
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static void fill(PDDocument document, PDPage page, float fromY) throws IOException {
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.setNonStrokingColor(Color.BLACK);
            content.addRect(0, fromY, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight() - fromY);
            content.fill();
        }
    }

    @Test
    void theFirstPageIsRenderedWithItsLongerEdgeAtTheThumbnailSize() throws IOException {
        BufferedImage thumbnail = thumbnails.make(pdf("invoice.pdf", null), MediaType.PDF, EDGE).orElseThrow();

        // A4 is 595 x 842 points: 240 pixels high makes it 169 wide.
        assertThat(thumbnail.getHeight()).isEqualTo(240);
        assertThat(thumbnail.getWidth()).isBetween(168, 170);
        assertThat(TestPictures.colourAt(thumbnail, 0.5, 0.2)).isEqualTo("black");
        assertThat(TestPictures.colourAt(thumbnail, 0.5, 0.8)).isEqualTo("white");
    }

    @Test
    void aPdfThatOpensOnlyWithAPasswordGivesNothing() throws IOException {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());

        assertThat(thumbnails.make(pdf("locked.pdf", policy), MediaType.PDF, EDGE)).isEmpty();
    }

    @Test
    void aPdfWithOnlyAnOwnerPasswordIsShownAsAnyViewerShowsIt() throws IOException {
        AccessPermission noPrinting = new AccessPermission();
        noPrinting.setCanPrint(false);
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "", noPrinting);

        BufferedImage thumbnail = thumbnails.make(pdf("no-printing.pdf", policy), MediaType.PDF, EDGE).orElseThrow();

        assertThat(TestPictures.colourAt(thumbnail, 0.5, 0.2)).isEqualTo("black");
    }
}
