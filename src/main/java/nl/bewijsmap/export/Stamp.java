package nl.bewijsmap.export;

import java.io.IOException;
import nl.bewijsmap.export.layout.Metrics;
import nl.bewijsmap.export.layout.Paper;
import nl.bewijsmap.export.layout.Style;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The band at the top of every page of an exhibit: "Exhibit 7 — title — date" on the left and which of its pages
 * this is on the right, so a loose printed page still says what it belongs to.
 */
final class Stamp {

    static final float LEFT = Paper.mm(12);
    static final float RIGHT = Paper.WIDTH - Paper.mm(12);

    private final Metrics metrics;
    private final Describe describe;

    Stamp(Metrics metrics, Describe describe) {
        this.metrics = metrics;
        this.describe = describe;
    }

    /** The text of the band's left side, as tests and readers find it. */
    String text(Exhibit exhibit) {
        return describe.words().text("export.stamp", describe.exhibit(exhibit), describe.title(exhibit),
                describe.when(exhibit.at()));
    }

    void draw(Pages pages, PDPage page, Exhibit exhibit, int pageOfExhibit, int exhibitPages) throws IOException {
        float top = Look.BAND_TOP;
        float height = Look.BAND_HEIGHT;
        String right = exhibitPages > 1 ? metrics.clean(Look.STAMP_PAGE.face(), describe.words().text(
                "export.stamp.page", Words.number(pageOfExhibit), Words.number(exhibitPages))) : "";
        float rightWidth = metrics.width(Look.STAMP_PAGE, right);
        float pad = Paper.mm(3);
        float room = RIGHT - LEFT - 2 * pad - rightWidth - (right.isEmpty() ? 0 : Paper.mm(4));
        String left = fit(metrics.clean(Look.STAMP.face(), text(exhibit)), Look.STAMP, room);
        float baseline = top - height / 2 - Look.STAMP.size() * 0.35f;
        try (PDPageContentStream out = new PDPageContentStream(pages.document(), page,
                PDPageContentStream.AppendMode.APPEND, true, true)) {
            pages.painter().fill(out, LEFT, top - height, RIGHT - LEFT, height, Look.BAND);
            pages.painter().fill(out, LEFT, top - height, Paper.mm(1.2), height, Look.ACCENT);
            pages.painter().text(out, LEFT + pad, baseline, Look.STAMP, left);
            if (!right.isEmpty()) {
                pages.painter().text(out, RIGHT - pad - rightWidth, baseline, Look.STAMP_PAGE, right);
            }
        }
    }

    /** The text, shortened with an ellipsis when it is wider than the room. */
    private String fit(String text, Style style, float room) {
        if (metrics.width(style, text) <= room) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && metrics.width(style, cut + "…") > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }
}
