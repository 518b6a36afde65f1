package nl.bewijsmap.export;

import java.io.IOException;
import java.util.List;
import java.util.function.IntFunction;
import nl.bewijsmap.export.layout.Metrics;
import nl.bewijsmap.export.layout.Paper;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Writes the footer line at the foot of every page once the number of pages is known. */
final class Footers {

    private Footers() {
    }

    /**
     * Appends the footer {@code text.apply(i)} (for page index i) to every page, right-aligned to the frame, over a
     * hairline; pages brought in from other PDFs get it too, since every page is one of ours.
     */
    static void draw(Pages pages, Metrics metrics, IntFunction<String> text) throws IOException {
        List<PDPage> all = pages.all();
        float right = Look.PAGE.right();
        float left = Look.PAGE.left();
        for (int i = 0; i < all.size(); i++) {
            String line = metrics.clean(Look.FOOTER.face(), text.apply(i));
            float width = metrics.width(Look.FOOTER, line);
            try (PDPageContentStream out = new PDPageContentStream(pages.document(), all.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                out.setStrokingColor(Look.RULE);
                out.setLineWidth(0.4f);
                float ruleY = Look.FOOTER_Y + Look.FOOTER.size() + Paper.mm(1.2);
                out.moveTo(left, ruleY);
                out.lineTo(right, ruleY);
                out.stroke();
                pages.painter().text(out, right - width, Look.FOOTER_Y, Look.FOOTER, line);
            }
        }
    }
}
