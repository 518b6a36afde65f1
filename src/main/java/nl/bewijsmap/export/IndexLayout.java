package nl.bewijsmap.export;

import java.util.ArrayList;
import java.util.List;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.export.layout.Flow;
import nl.bewijsmap.export.layout.Paper;
import nl.bewijsmap.export.layout.Table;

/**
 * The exhibit index: each exhibit's number, title, date, original file name, the SHA-256 of its file (which anyone
 * can check against the file in the dossier archive) and the part and pages it is on.
 */
final class IndexLayout {

    private final Describe describe;
    private final Words words;

    IndexLayout(Describe describe) {
        this.describe = describe;
        this.words = describe.words();
    }

    void lay(Flow flow, FrontContext front) {
        Blocks.title(flow, words.text("export.index.title"), front.snapshot().dossier().title());
        Blocks.paragraph(flow, words.text("export.index.intro"), Look.BODY);
        flow.down(Paper.mm(2));
        if (front.chronology().exhibits().isEmpty()) {
            Blocks.paragraph(flow, words.text("export.index.empty"), Look.BODY);
            return;
        }
        Table table = Blocks.table(flow, List.of(
                new Table.Column(words.text("export.index.number"), 7),
                new Table.Column(words.text("export.index.exhibit"), 41),
                new Table.Column(words.text("export.index.sha"), 34),
                new Table.Column(words.text(front.split() ? "export.index.partAndPages" : "export.index.pages"), 18)));
        table.rows(front.chronology().exhibits().stream().map(exhibit -> row(exhibit, front)).toList());
    }

    private List<Table.Cell> row(Exhibit exhibit, FrontContext front) {
        String link = ChronologyLayout.linkIfHere(exhibit, front);
        List<Table.Span> what = new ArrayList<>();
        what.add(new Table.Span(describe.title(exhibit), Look.SMALL_BOLD));
        what.add(new Table.Span(describe.dated(exhibit), Look.SMALL));
        EvidenceItem item = exhibit.evidence();
        String sha;
        if (item != null) {
            what.add(new Table.Span(words.text("export.index.file", item.originalName(), words.size(item.size())),
                    Look.NOTE));
            sha = item.sha256();
        } else {
            what.add(new Table.Span(words.text("export.index.callNote"), Look.NOTE));
            sha = "";
        }
        return List.of(
                new Table.Cell(List.of(new Table.Span(Words.number(exhibit.number()), Look.SMALL_BOLD)), link),
                new Table.Cell(what, link),
                sha.isEmpty() ? Table.Cell.of("—", Look.SMALL) : Table.Cell.of(sha, Look.MONO),
                new Table.Cell(List.of(new Table.Span(describe.pages(front.placesOf(exhibit), front.split()),
                        Look.SMALL.with(Look.ACCENT))), link));
    }
}
