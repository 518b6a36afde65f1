package nl.bewijsmap.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.print.Book;
import java.awt.print.PageFormat;
import java.awt.print.Printable;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/**
 * What goes to the printer: every page on A4 at 100%, placed from the corner of the sheet, so that the address
 * lands in the window of a Dutch window envelope where the letter PDF puts it.
 */
class LetterPrinterTest {

    private static final float MM = 72 / 25.4f;
    /** The address window of a Dutch window envelope (C5/6, NEN 1026): 20 mm from the left, 15 mm below the fold. */
    private static final Rectangle WINDOW_MM = new Rectangle(20, 50, 85, 30);

    @Test
    void theSheetIsA4PortraitAndAllOfItMayBePrintedOn() throws IOException {
        try (PDDocument document = letter(2)) {
            Book book = LetterPrinter.pages(document);
            assertThat(book.getNumberOfPages()).isEqualTo(2);
            PageFormat format = book.getPageFormat(1);
            assertThat(format.getOrientation()).isEqualTo(PageFormat.PORTRAIT);
            assertThat(format.getWidth()).isCloseTo(595.28, within(0.01));
            assertThat(format.getHeight()).isCloseTo(841.89, within(0.01));
            assertThat(format.getImageableX()).isZero();
            assertThat(format.getImageableY()).isZero();
            assertThat(format.getImageableWidth()).isEqualTo(format.getWidth());
            assertThat(format.getImageableHeight()).isEqualTo(format.getHeight());
        }
    }

    @Test
    void theAddressIsPrintedExactlyWhereTheLetterPutsItNeitherMovedNorScaled() throws Exception {
        try (PDDocument document = letter(1)) {
            Book book = LetterPrinter.pages(document);
            // At 72 dots per inch one point of the PDF is one pixel of the sheet.
            BufferedImage sheet = new BufferedImage(596, 842, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = sheet.createGraphics();
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
            int answer = book.getPrintable(0).print(graphics, book.getPageFormat(0), 0);
            graphics.dispose();

            assertThat(answer).isEqualTo(Printable.PAGE_EXISTS);
            Rectangle printed = darkArea(sheet);
            assertThat((double) printed.x).isCloseTo(WINDOW_MM.x * MM, within(1.5));
            assertThat((double) printed.y).isCloseTo(WINDOW_MM.y * MM, within(1.5));
            assertThat((double) printed.width).isCloseTo(WINDOW_MM.width * MM, within(1.5));
            assertThat((double) printed.height).isCloseTo(WINDOW_MM.height * MM, within(1.5));
        }
    }

    /** A letter of A4 pages whose first page has a black block where the address window is. */
    private static PDDocument letter(int pages) throws IOException {
        PDDocument document = new PDDocument();
        for (int i = 0; i < pages; i++) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            if (i == 0) {
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.setNonStrokingColor(Color.BLACK);
                    float top = PDRectangle.A4.getHeight() - WINDOW_MM.y * MM;
                    content.addRect(WINDOW_MM.x * MM, top - WINDOW_MM.height * MM, WINDOW_MM.width * MM,
                            WINDOW_MM.height * MM);
                    content.fill();
                }
            }
        }
        return document;
    }

    private static Rectangle darkArea(BufferedImage sheet) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < sheet.getHeight(); y++) {
            for (int x = 0; x < sheet.getWidth(); x++) {
                if ((sheet.getRGB(x, y) & 0xff) < 128) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }
}
