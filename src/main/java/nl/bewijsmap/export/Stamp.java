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
        return text(exhibit, describe.title(exhibit));
    }

    private String text(Exhibit exhibit, String title) {
        return describe.words().text("export.stamp", describe.exhibit(exhibit), title, describe.when(exhibit.at()));
    }

    /**
     * The band's left side within {@code room}: a long title is shortened with an ellipsis so that the exhibit's
     * number and date always show; only when even they do not fit is the whole cut.
     */
    String fitted(Exhibit exhibit, float room) {
        Style style = Look.STAMP;
        String title = metrics.clean(style.face(), describe.title(exhibit));
        String full = metrics.clean(style.face(), text(exhibit, title));
        if (metrics.width(style, full) <= room) {
            return full;
        }
        String cut = title;
        while (!cut.isEmpty()) {
            cut = cut.substring(0, cut.length() - 1);
            String shortened = metrics.clean(style.face(), text(exhibit, cut.strip() + "…"));
            if (metrics.width(style, shortened) <= room) {
                return shortened;
            }
        }
        return metrics.fit(style, metrics.clean(style.face(), text(exhibit, "…")), room);
    }

    void draw(Pages pages, PDPage page, Exhibit exhibit, int pageOfExhibit, int exhibitPages) throws IOException {
        float top = Look.BAND_TOP;
        float height = Look.BAND_HEIGHT;
        String right = exhibitPages > 1 ? metrics.clean(Look.STAMP_PAGE.face(), describe.words().text(
                "export.stamp.page", Words.number(pageOfExhibit), Words.number(exhibitPages))) : "";
        float rightWidth = metrics.width(Look.STAMP_PAGE, right);
        float pad = Paper.mm(3);
        float room = RIGHT - LEFT - 2 * pad - rightWidth - (right.isEmpty() ? 0 : Paper.mm(4));
        String left = fitted(exhibit, room);
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
}
