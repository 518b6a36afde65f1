package nl.bewijsmap.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.bewijsmap.export.layout.Frame;
import nl.bewijsmap.export.layout.Metrics;
import nl.bewijsmap.export.layout.Paper;
import nl.bewijsmap.export.layout.Wrap;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the pages of a PDF exhibit into a part as they are: each page becomes a form drawn on an A4 page of ours,
 * turned as the original is shown and scaled down to fit between the stamp and the footer (never enlarged). The
 * page's content and resources are copied into the part, so the source is closed as soon as its pages are in.
 */
final class PdfImport {

    private static final Logger LOG = LoggerFactory.getLogger(PdfImport.class);
    /** Where an imported page may go: wider than the text frame, between the stamp band and the footer. */
    static final Frame AREA = Frame.a4(12, 20, 12, 18);
    private static final float PICTURE_DPI = 150;

    private final Metrics metrics;
    private final Words words;
    private final long maxPictureBytes;
    private final boolean keepLocation;

    /** {@code keepLocation}: whether the consumer chose to share where photos were taken (see JpegMetadata). */
    PdfImport(Metrics metrics, Words words, long maxPictureBytes, boolean keepLocation) {
        this.metrics = metrics;
        this.words = words;
        this.maxPictureBytes = maxPictureBytes;
        this.keepLocation = keepLocation;
    }

    /**
     * Adds pages from (inclusive) to (exclusive) of the PDF as new pages; a page that cannot be read says so, and the
     * pages in {@code pictured} are drawn as pictures (they are too big for a part as they are).
     */
    List<PDPage> add(Pages pages, Path file, int from, int to, Set<Integer> pictured) throws IOException {
        List<PDPage> added = new ArrayList<>();
        PDDocument source = null;
        try {
            source = PdfSource.open(file);
            fillInFormFields(source);
        } catch (Throwable t) {
            Failures.rethrowFatal(t);
            LOG.warn("The PDF {} could not be opened again for the package", file.getFileName(), t);
        }
        try {
            LayerUtility layers = new LayerUtility(pages.document());
            AnnotationFlattener annotations = new AnnotationFlattener(pages.document());
            for (int i = from; i < to; i++) {
                PDPage page = pages.newPage();
                added.add(page);
                try {
                    if (source == null) {
                        throw new IOException("the PDF could not be opened");
                    }
                    if (pictured.contains(i)) {
                        picture(pages, page, source, i);
                    } else {
                        place(pages, page, source, source.getPage(i), layers, annotations);
                    }
                } catch (Throwable t) {
                    Failures.rethrowFatal(t);
                    LOG.info("Page {} of {} could not be copied: {}", i + 1, file.getFileName(), t.toString());
                    unreadable(pages, page);
                }
            }
        } finally {
            if (source != null) {
                source.close();
            }
        }
        return added;
    }

    private void place(Pages pages, PDPage target, PDDocument source, PDPage page, LayerUtility layers,
            AnnotationFlattener annotations) throws IOException {
        PDRectangle box = page.getCropBox();
        int rotation = ((page.getRotation() % 360) + 360) % 360 / 90 * 90;
        PDFormXObject form = layers.importPageAsForm(source, page);
        // Our own placement replaces the one LayerUtility guesses for rotated pages.
        form.getCOSObject().removeItem(COSName.MATRIX);
        form.setBBox(box);
        boolean turned = rotation == 90 || rotation == 270;
        float shownWidth = turned ? box.getHeight() : box.getWidth();
        float shownHeight = turned ? box.getWidth() : box.getHeight();
        float scale = Math.min(1f, Math.min(AREA.width() / shownWidth, AREA.height() / shownHeight));
        float x = AREA.left() + (AREA.width() - shownWidth * scale) / 2;
        float y = AREA.top() - shownHeight * scale;
        Matrix placement = Matrix.getTranslateInstance(x, y);
        placement.concatenate(Matrix.getScaleInstance(scale, scale));
        placement.concatenate(rotationMatrix(rotation, box.getWidth(), box.getHeight()));
        placement.concatenate(Matrix.getTranslateInstance(-box.getLowerLeftX(), -box.getLowerLeftY()));
        try (PDPageContentStream out = new PDPageContentStream(pages.document(), target)) {
            out.saveGraphicsState();
            out.transform(placement);
            out.drawForm(form);
            annotations.draw(out, source, page);
            out.restoreGraphicsState();
            // A hairline round the page shows where the original ends.
            out.setStrokingColor(Look.RULE);
            out.setLineWidth(0.5f);
            out.addRect(x, y, shownWidth * scale, shownHeight * scale);
            out.stroke();
        }
        if (!keepLocation) {
            // Copied as they are, the page's JPEG pictures would still say where they were taken.
            JpegMetadata.stripAll(target.getCOSObject().getDictionaryObject(COSName.RESOURCES));
        }
    }

    /**
     * Asks PDFBox for the form, which makes it draw the fields' values into their appearances when the file says
     * a reader must (NeedAppearances): otherwise a filled-in form would come out empty.
     */
    private static void fillInFormFields(PDDocument source) {
        try {
            source.getDocumentCatalog().getAcroForm();
        } catch (RuntimeException e) {
            LOG.info("The form fields of a PDF exhibit could not be prepared: {}", e.toString());
        }
    }

    /**
     * Draws the page as a 150 dpi picture, for a page too big to go into any part as it is; images on it are read
     * only at the resolution the picture needs, so a huge scan costs little memory.
     */
    private void picture(Pages pages, PDPage target, PDDocument source, int index) throws IOException {
        PDFRenderer renderer = new PDFRenderer(source);
        renderer.setSubsamplingAllowed(true);
        BufferedImage image = renderer.renderImageWithDPI(index, PICTURE_DPI, ImageType.RGB);
        byte[] jpeg = PhotoEncoder.jpeg(image, 0.8f);
        for (float quality = 0.6f; jpeg.length > maxPictureBytes && quality > 0.2f; quality -= 0.15f) {
            jpeg = PhotoEncoder.jpeg(image, quality);
        }
        PDImageXObject picture;
        try (InputStream in = new ByteArrayInputStream(jpeg)) {
            picture = new PDImageXObject(pages.document(), in, COSName.DCT_DECODE, image.getWidth(),
                    image.getHeight(), 8, PDDeviceRGB.INSTANCE);
        }
        List<String> note = new Wrap(metrics).lines(words.text("export.pdf.pictured"), Look.NOTE, AREA.width());
        float room = AREA.height() - note.size() * Look.NOTE.leading() - Paper.mm(2);
        float scale = Math.min(AREA.width() / image.getWidth(), room / image.getHeight());
        float width = image.getWidth() * scale;
        float height = image.getHeight() * scale;
        float x = AREA.left() + (AREA.width() - width) / 2;
        float y = AREA.top() - height;
        try (PDPageContentStream out = new PDPageContentStream(pages.document(), target)) {
            out.drawImage(picture, x, y, width, height);
            out.setStrokingColor(Look.RULE);
            out.setLineWidth(0.5f);
            out.addRect(x, y, width, height);
            out.stroke();
            float line = y - Paper.mm(2) - Look.NOTE.baseline();
            for (String text : note) {
                pages.painter().text(out, AREA.left(), line, Look.NOTE, text);
                line -= Look.NOTE.leading();
            }
        }
    }

    /** Maps the unrotated page (0..w, 0..h) onto the page as a reader shows it, turned clockwise by the rotation. */
    static Matrix rotationMatrix(int rotation, float w, float h) {
        return switch (rotation) {
            case 90 -> new Matrix(0, -1, 1, 0, 0, w);
            case 180 -> new Matrix(-1, 0, 0, -1, w, h);
            case 270 -> new Matrix(0, 1, -1, 0, h, 0);
            default -> new Matrix();
        };
    }

    private void unreadable(Pages pages, PDPage page) throws IOException {
        String text = metrics.clean(Look.BODY.face(), words.text("export.pdf.pageUnreadable"));
        try (PDPageContentStream out = new PDPageContentStream(pages.document(), page,
                PDPageContentStream.AppendMode.APPEND, true, true)) {
            pages.painter().text(out, Look.EXHIBIT.left(), Look.EXHIBIT.top() - Paper.mm(10), Look.BODY, text);
        }
    }
}
