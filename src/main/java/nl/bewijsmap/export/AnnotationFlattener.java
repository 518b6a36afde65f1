package nl.bewijsmap.export;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import org.apache.pdfbox.multipdf.PDFCloneUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.util.Matrix;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws what a page's annotations show (filled-in form fields, highlights, stamps, comments' icons) into the page
 * we make of it, since an imported page is a picture of the original and its annotations would otherwise be lost.
 * What they do (a link, an editable field) is not kept; what a reader saw is.
 */
final class AnnotationFlattener {

    private static final Logger LOG = LoggerFactory.getLogger(AnnotationFlattener.class);

    private final PDFCloneUtility cloner;

    /** Copies appearances into {@code target}; one instance per source document, which it caches objects of. */
    AnnotationFlattener(PDDocument target) {
        // PDFBox offers its deep copier only to subclasses.
        this.cloner = new PDFCloneUtility(target) {
        };
    }

    /**
     * Draws the page's visible annotations in the page's own coordinates (the caller set up the placement). A
     * highlight or note without an appearance of its own gets one drawn by PDFBox, as readers do.
     */
    void draw(PDPageContentStream out, PDDocument source, PDPage page) throws IOException {
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (annotation.isHidden() || annotation.isNoView() || annotation instanceof PDAnnotationPopup
                    || annotation instanceof PDAnnotationLink) {
                continue;
            }
            Placed placed;
            try {
                placed = place(annotation, source);
            } catch (IOException | RuntimeException e) {
                // One odd annotation costs only itself, not the page.
                LOG.info("An annotation of a PDF exhibit could not be drawn: {}", e.toString());
                continue;
            }
            if (placed != null) {
                out.saveGraphicsState();
                out.transform(placed.fit());
                out.drawForm(placed.copy());
                out.restoreGraphicsState();
            }
        }
    }

    private record Placed(PDFormXObject copy, Matrix fit) {
    }

    /** The annotation's appearance copied into the target and where it goes, or null when it shows nothing. */
    private Placed place(PDAnnotation annotation, PDDocument source) throws IOException {
        if (annotation.getNormalAppearanceStream() == null && annotation instanceof PDAnnotationMarkup) {
            annotation.constructAppearances(source);
        }
        PDAppearanceStream appearance = annotation.getNormalAppearanceStream();
        PDRectangle rect = annotation.getRectangle();
        if (appearance == null || rect == null || rect.getWidth() <= 0 || rect.getHeight() <= 0) {
            return null;
        }
        PDRectangle bbox = appearance.getBBox();
        if (bbox == null || bbox.getWidth() <= 0 || bbox.getHeight() <= 0) {
            return null;
        }
        // PDF 32000-1 12.5.5: the appearance's box, transformed by its matrix, is fitted to the annotation's rect.
        Rectangle2D shown = appearance.getMatrix().createAffineTransform()
                .createTransformedShape(bbox.transform(new Matrix()).getBounds2D()).getBounds2D();
        if (shown.getWidth() <= 0 || shown.getHeight() <= 0) {
            return null;
        }
        Matrix fit = Matrix.getTranslateInstance(rect.getLowerLeftX(), rect.getLowerLeftY());
        fit.concatenate(Matrix.getScaleInstance((float) (rect.getWidth() / shown.getWidth()),
                (float) (rect.getHeight() / shown.getHeight())));
        fit.concatenate(Matrix.getTranslateInstance((float) -shown.getX(), (float) -shown.getY()));
        return new Placed(new PDFormXObject(cloner.cloneForNewDocument(appearance.getCOSObject())), fit);
    }
}
