package nl.bewijsmap.export.layout;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Draws laid-out pages into a document's pages with that document's fonts. */
public final class Painter {

    private final Fonts fonts;

    public Painter(Fonts fonts) {
        this.fonts = fonts;
    }

    /**
     * Draws everything on the sheet except its links, which the caller turns into annotations once the pages they
     * lead to exist; returns those links.
     */
    public List<Draw.Link> paint(PDPageContentStream out, Sheet sheet, Map<String, PDImageXObject> pictures)
            throws IOException {
        List<Draw.Link> links = new ArrayList<>();
        for (Draw draw : sheet.draws()) {
            if (draw instanceof Draw.Fill fill) {
                fill(out, fill.x(), fill.y(), fill.width(), fill.height(), fill.color());
            } else if (draw instanceof Draw.Rule rule) {
                out.setStrokingColor(rule.color());
                out.setLineWidth(rule.width());
                out.moveTo(rule.x1(), rule.y1());
                out.lineTo(rule.x2(), rule.y2());
                out.stroke();
            } else if (draw instanceof Draw.Text text) {
                text(out, text.x(), text.y(), text.style(), text.text());
            } else if (draw instanceof Draw.Picture picture) {
                PDImageXObject image = pictures.get(picture.name());
                if (image == null) {
                    throw new IllegalStateException("No picture named " + picture.name());
                }
                out.drawImage(image, picture.x(), picture.y(), picture.width(), picture.height());
            } else if (draw instanceof Draw.Link link) {
                links.add(link);
            }
        }
        return links;
    }

    /** One line of cleaned text with its baseline at y. */
    public void text(PDPageContentStream out, float x, float y, Style style, String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(fonts.get(style.face()), style.size());
        out.setNonStrokingColor(style.color());
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    public void fill(PDPageContentStream out, float x, float y, float width, float height, Color color)
            throws IOException {
        out.setNonStrokingColor(color);
        out.addRect(x, y, width, height);
        out.fill();
    }
}
