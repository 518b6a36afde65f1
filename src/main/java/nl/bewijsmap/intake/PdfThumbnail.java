package nl.bewijsmap.intake;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Renders a PDF's first page at the resolution that makes it thumbnail-sized, and no finer. */
final class PdfThumbnail {

    private static final Logger LOG = LoggerFactory.getLogger(PdfThumbnail.class);
    private static final float POINTS_PER_INCH = 72f;

    private PdfThumbnail() {
    }

    /** The first page, or null when the PDF has no pages, no size or needs a password. */
    static BufferedImage render(Path file, int maxEdge) throws IOException {
        PDDocument document;
        try {
            // Buffered in temporary files, not memory, as when the PDF's details are read at import.
            document = Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            LOG.info("No thumbnail for {}: it needs a password", file.getFileName());
            return null;
        }
        try (document) {
            if (document.getNumberOfPages() < 1) {
                LOG.info("No thumbnail for {}: no pages", file.getFileName());
                return null;
            }
            // PDFRenderer sizes the picture by the crop box; turning the page does not change its longer edge.
            PDRectangle box = document.getPage(0).getCropBox();
            float longer = Math.max(box.getWidth(), box.getHeight());
            if (!(longer > 0) || Float.isInfinite(longer)) {
                LOG.info("No thumbnail for {}: the first page has no size", file.getFileName());
                return null;
            }
            PDFRenderer renderer = new PDFRenderer(document);
            // Lets PDFBox skip pixels of large scanned images instead of decoding them in full.
            renderer.setSubsamplingAllowed(true);
            return renderer.renderImageWithDPI(0, maxEdge * POINTS_PER_INCH / longer, ImageType.RGB);
        }
    }
}
