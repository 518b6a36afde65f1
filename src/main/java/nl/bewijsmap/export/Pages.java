package nl.bewijsmap.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.bewijsmap.export.layout.Draw;
import nl.bewijsmap.export.layout.Fonts;
import nl.bewijsmap.export.layout.Painter;
import nl.bewijsmap.export.layout.Sheet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;

/**
 * The pages of one PDF being put together: laid-out sheets drawn as new A4 pages, the places links may lead to, and
 * the links themselves, which become annotations once every page exists.
 */
final class Pages {

    private record PendingLink(PDPage page, Draw.Link link) {
    }

    private final PDDocument document;
    private final Painter painter;
    private final List<PDPage> pages = new ArrayList<>();
    private final Map<String, PDPage> targets = new HashMap<>();
    private final List<PendingLink> links = new ArrayList<>();

    Pages(PDDocument document, Fonts fonts) {
        this.document = document;
        this.painter = new Painter(fonts);
    }

    PDDocument document() {
        return document;
    }

    Painter painter() {
        return painter;
    }

    /** A new, empty A4 page at the end. */
    PDPage newPage() {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pages.add(page);
        return page;
    }

    /** A new page showing the sheet; its links are kept to be resolved later. */
    PDPage add(Sheet sheet) throws IOException {
        return add(sheet, Map.of());
    }

    PDPage add(Sheet sheet, Map<String, PDImageXObject> pictures) throws IOException {
        PDPage page = newPage();
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
            for (Draw.Link link : painter.paint(out, sheet, pictures)) {
                links.add(new PendingLink(page, link));
            }
        }
        return page;
    }

    /** Names the page so links with this target lead to it. */
    void mark(String target, PDPage page) {
        targets.putIfAbsent(target, page);
    }

    int count() {
        return pages.size();
    }

    List<PDPage> all() {
        return Collections.unmodifiableList(pages);
    }

    /** Turns the links into annotations; a link to a place this document does not hold is left out. */
    void resolveLinks() throws IOException {
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        for (PendingLink pending : links) {
            PDPage target = targets.get(pending.link().target());
            if (target == null) {
                continue;
            }
            PDAnnotationLink annotation = new PDAnnotationLink();
            Draw.Link link = pending.link();
            annotation.setRectangle(new PDRectangle(link.x(), link.y(), link.width(), link.height()));
            annotation.setBorderStyle(noBorder);
            PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
            destination.setPage(target);
            destination.setTop((int) target.getMediaBox().getUpperRightY());
            PDActionGoTo action = new PDActionGoTo();
            action.setDestination(destination);
            annotation.setAction(action);
            pending.page().getAnnotations().add(annotation);
        }
        links.clear();
    }
}
