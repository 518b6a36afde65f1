package nl.bewijsmap.export;

import java.util.ArrayList;
import java.util.List;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.export.layout.Draw;
import nl.bewijsmap.export.layout.Flow;
import nl.bewijsmap.export.layout.Metrics;
import nl.bewijsmap.export.layout.Paper;
import nl.bewijsmap.export.layout.Sheet;
import nl.bewijsmap.export.layout.Style;

/**
 * A photo's page: a short caption (title, date and its source, file, note, and the location when asked for) and
 * the picture under it, as large as the page allows.
 */
final class PhotoLayout {

    /** Room kept for the caption above the picture; a longer caption is shortened to fit. */
    static final float CAPTION = Paper.mm(34);
    static final String PICTURE = "photo";

    private final Describe describe;
    private final Words words;

    PhotoLayout(Describe describe) {
        this.describe = describe;
        this.words = describe.words();
    }

    /** The largest picture a photo page holds, in points. */
    static float boxWidth() {
        return Look.EXHIBIT.width();
    }

    static float boxHeight() {
        return Look.EXHIBIT.height() - CAPTION;
    }

    Sheet lay(Metrics metrics, Exhibit exhibit, Rendition.Photo photo) {
        Flow flow = new Flow(metrics, Look.EXHIBIT);
        EvidenceItem item = exhibit.evidence();
        List<Caption> caption = new ArrayList<>();
        caption.add(new Caption(describe.title(exhibit), Look.HEADING, 2));
        caption.add(new Caption(words.text("export.photo.meta", describe.dated(exhibit), item.originalName(),
                words.size(item.size())), Look.SMALL, 2));
        if (!item.note().isEmpty()) {
            caption.add(new Caption(item.note(), Look.SMALL, 3));
        }
        if (photo.coordinates() != null) {
            caption.add(new Caption(words.text("export.photo.location", photo.coordinates()), Look.SMALL_BOLD, 1));
        }
        for (String note : photo.notes()) {
            caption.add(new Caption(note, Look.NOTE, 2));
        }
        float top = flow.y();
        for (Caption line : caption) {
            List<String> lines = flow.wrap().lines(line.text(), line.style(), flow.frame().width());
            for (int i = 0; i < lines.size() && i < line.maxLines(); i++) {
                String text = i == line.maxLines() - 1 && lines.size() > line.maxLines() ? lines.get(i) + " …"
                        : lines.get(i);
                if (top - flow.y() + line.style().leading() > CAPTION - Paper.mm(3)) {
                    break;
                }
                flow.line(metrics.clean(line.style().face(), text), line.style(), flow.frame().left());
            }
        }
        flow.down(Paper.mm(3));
        float x = flow.frame().left() + (flow.frame().width() - photo.width()) / 2;
        flow.add(new Draw.Picture(x, flow.y() - photo.height(), photo.width(), photo.height(), PICTURE));
        flow.add(new Draw.Rule(x, flow.y() - photo.height(), x + photo.width(), flow.y() - photo.height(), 0.3f,
                Look.RULE));
        return flow.sheets().get(0);
    }

    private record Caption(String text, Style style, int maxLines) {
    }
}
