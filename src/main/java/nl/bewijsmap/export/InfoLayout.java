package nl.bewijsmap.export;

import java.util.ArrayList;
import java.util.List;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.export.layout.Flow;
import nl.bewijsmap.export.layout.Metrics;
import nl.bewijsmap.export.layout.Paper;
import nl.bewijsmap.export.layout.Sheet;

/**
 * The page of an exhibit that cannot be shown in a PDF (a video, an unknown or damaged file, a PDF that needs a
 * password): why, in plain words, and everything that identifies the file, which goes with the dossier archive.
 */
final class InfoLayout {

    private final Describe describe;
    private final Words words;

    InfoLayout(Describe describe) {
        this.describe = describe;
        this.words = describe.words();
    }

    /**
     * @param reason   why the file is not shown, one or two plain sentences
     * @param duration how long a video lasts, or empty when unknown or not a video
     */
    List<Sheet> lay(Metrics metrics, Exhibit exhibit, String reason, String duration) {
        Flow flow = new Flow(metrics, Look.EXHIBIT);
        EvidenceItem item = exhibit.evidence();
        Blocks.title(flow, describe.title(exhibit), words.text("enum.EvidenceKind." + item.kind().name()));
        Blocks.notice(flow, reason, Look.BODY);
        Blocks.form(flow, List.of(
                Blocks.Row.of(words.text("export.info.name"), item.originalName()),
                Blocks.Row.of(words.text("export.info.type"), item.mediaType().mimeType()),
                Blocks.Row.of(words.text("export.info.size"), words.size(item.size())),
                Blocks.Row.of(words.text("export.info.duration"), duration),
                Blocks.Row.of(words.text("export.info.date"), describe.dated(exhibit)),
                Blocks.Row.of(words.text("export.info.note"), item.note()),
                Blocks.Row.of(words.text("export.info.sha"), item.sha256(), Look.MONO.sized(8.5f))), 0.25f);
        flow.down(Paper.mm(3));
        Blocks.paragraph(flow, words.text("export.info.archive"), Look.BODY);
        return new ArrayList<>(flow.sheets());
    }
}
