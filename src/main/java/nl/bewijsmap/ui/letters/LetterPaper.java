package nl.bewijsmap.ui.letters;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.bewijsmap.app.Correspondence;
import nl.bewijsmap.domain.Letter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The letter on paper through the real letter PDF: its preview pages, the PDF itself, and printing it. */
final class LetterPaper implements LetterViewModel.Paper {

    private static final Logger LOG = LoggerFactory.getLogger(LetterPaper.class);
    /** Sharp enough to read in the pane, and a page is made in a moment. */
    static final float PREVIEW_DPI = 110;
    /** A letter is one or two pages; a third is enough to show that it runs on. */
    static final int PREVIEW_PAGES = 3;

    private final Correspondence correspondence;

    LetterPaper(Correspondence correspondence) {
        this.correspondence = correspondence;
    }

    @Override
    public List<BufferedImage> pages(Letter letter) throws IOException {
        Path pdf = Files.createTempFile("bewijsmap-preview-", ".pdf");
        try {
            correspondence.writeLetter(letter, pdf);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                PDFRenderer renderer = new PDFRenderer(document);
                List<BufferedImage> pages = new ArrayList<>();
                for (int page = 0; page < Math.min(PREVIEW_PAGES, document.getNumberOfPages()); page++) {
                    pages.add(renderer.renderImageWithDPI(page, PREVIEW_DPI, ImageType.RGB));
                }
                return pages;
            }
        } finally {
            delete(pdf);
        }
    }

    @Override
    public void write(Letter letter, Path out) throws IOException {
        correspondence.writeLetter(letter, out);
    }

    @Override
    public PrintOutcome print(Letter letter) throws Exception {
        Path pdf = Files.createTempFile("bewijsmap-print-", ".pdf");
        try {
            correspondence.writeLetter(letter, pdf);
            return LetterPrinter.print(pdf, "Bewijsmap – " + letter.subject());
        } finally {
            delete(pdf);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove the temporary file {}", file, e);
        }
    }
}
