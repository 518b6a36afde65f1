package nl.bewijsmap.export;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;

/** What a produced PDF shows, read back with PDFBox: text per page, bookmarks, pictures and links. */
final class PdfFacts {

    /** A bookmark: its title, how deep it sits (0 for a section) and the page it opens (0-based). */
    record Bookmark(String title, int depth, int page) {
    }

    /** A picture as drawn: its page, its pixels, its size on the page in points and its stored bytes. */
    record Picture(int page, int pixelWidth, int pixelHeight, double width, double height, byte[] raw,
            boolean jpeg) {
        double dpi() {
            return Math.max(pixelWidth / (width / 72), pixelHeight / (height / 72));
        }
    }

    /** A link: the page it is on and the page it leads to (0-based). */
    record Link(int page, int target, float x, float y) {
    }

    private PdfFacts() {
    }

    static PDDocument open(Path file) throws IOException {
        return Loader.loadPDF(file.toFile());
    }

    /** The text of every page, in order. */
    static List<String> pageTexts(PDDocument document) throws IOException {
        List<String> texts = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= document.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            texts.add(stripper.getText(document));
        }
        return texts;
    }

    static List<Bookmark> bookmarks(PDDocument document) throws IOException {
        List<Bookmark> bookmarks = new ArrayList<>();
        PDOutlineNode outline = document.getDocumentCatalog().getDocumentOutline();
        if (outline != null) {
            collect(document, outline, 0, bookmarks);
        }
        return bookmarks;
    }

    private static void collect(PDDocument document, PDOutlineNode node, int depth, List<Bookmark> into)
            throws IOException {
        for (PDOutlineItem item : node.children()) {
            PDPage page = item.findDestinationPage(document);
            into.add(new Bookmark(item.getTitle(), depth, page == null ? -1 : document.getPages().indexOf(page)));
            collect(document, item, depth + 1, into);
        }
    }

    static List<Link> links(PDDocument document) throws IOException {
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            for (PDAnnotation annotation : document.getPage(i).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo
                        && goTo.getDestination() instanceof PDPageDestination destination) {
                    links.add(new Link(i, document.getPages().indexOf(destination.getPage()),
                            link.getRectangle().getLowerLeftX(), link.getRectangle().getLowerLeftY()));
                }
            }
        }
        return links;
    }

    /** Every picture drawn on the pages, with the size it is drawn at (pictures inside imported pages included). */
    static List<Picture> pictures(PDDocument document) throws IOException {
        List<Picture> pictures = new ArrayList<>();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            new PictureFinder(document.getPage(i), i, pictures).processPage(document.getPage(i));
        }
        return pictures;
    }

    private static final class PictureFinder extends PDFGraphicsStreamEngine {
        private final int index;
        private final List<Picture> into;

        PictureFinder(PDPage page, int index, List<Picture> into) {
            super(page);
            this.index = index;
            this.into = into;
        }

        @Override
        public void drawImage(PDImage image) throws IOException {
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            byte[] raw = new byte[0];
            boolean jpeg = false;
            if (image instanceof PDImageXObject xobject) {
                jpeg = COSName.DCT_DECODE.equals(xobject.getCOSObject().getCOSName(COSName.FILTER));
                try (InputStream in = xobject.getCOSObject().createRawInputStream()) {
                    raw = in.readAllBytes();
                }
            }
            into.add(new Picture(index, image.getWidth(), image.getHeight(), Math.abs(ctm.getScalingFactorX()),
                    Math.abs(ctm.getScalingFactorY()), raw, jpeg));
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
        }

        @Override
        public void lineTo(float x, float y) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        }

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
        }

        @Override
        public void strokePath() {
        }

        @Override
        public void fillPath(int windingRule) {
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
