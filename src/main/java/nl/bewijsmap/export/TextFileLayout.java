package nl.bewijsmap.export;

import java.util.ArrayList;
import java.util.List;
import nl.bewijsmap.export.layout.Flow;
import nl.bewijsmap.export.layout.Metrics;
import nl.bewijsmap.export.layout.Paper;
import nl.bewijsmap.export.layout.Sheet;

/** A plain text file, shown as it is written, in a typewriter face so its lines keep their shape. */
final class TextFileLayout {

    /** Bigger text files are cut here; the whole file is in the dossier archive. */
    static final int MAX_CHARS = 100_000;

    private final Describe describe;
    private final Words words;

    TextFileLayout(Describe describe) {
        this.describe = describe;
        this.words = describe.words();
    }

    List<Sheet> lay(Metrics metrics, Exhibit exhibit, String text) {
        Flow flow = new Flow(metrics, Look.EXHIBIT);
        Blocks.title(flow, describe.title(exhibit), words.text("export.text.subtitle",
                exhibit.evidence().originalName()));
        if (metrics.lacksGlyphs(Look.MONO.face(), text)) {
            Blocks.paragraph(flow, words.text("export.text.glyphs"), Look.NOTE);
        }
        boolean cut = text.length() > MAX_CHARS;
        flow.paragraph(cut ? text.substring(0, MAX_CHARS) : text, Look.MONO.sized(8.5f));
        if (cut) {
            flow.down(Paper.mm(2));
            Blocks.paragraph(flow, words.text("export.text.cut"), Look.NOTE);
        }
        return new ArrayList<>(flow.sheets());
    }
}
