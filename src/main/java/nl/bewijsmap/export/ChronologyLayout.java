package nl.bewijsmap.export;

import java.util.ArrayList;
import java.util.List;
import nl.bewijsmap.domain.TimelineEntry;
import nl.bewijsmap.export.layout.Flow;
import nl.bewijsmap.export.layout.Paper;
import nl.bewijsmap.export.layout.Table;

/**
 * The chronology: every item of the package oldest first, with where its date came from when that is weak and a
 * link to its exhibit (in part 1; an exhibit in another part is named with its part).
 */
final class ChronologyLayout {

    private final Describe describe;
    private final Words words;

    ChronologyLayout(Describe describe) {
        this.describe = describe;
        this.words = describe.words();
    }

    void lay(Flow flow, FrontContext front) {
        Blocks.title(flow, words.text("export.chronology.title"), front.snapshot().dossier().title());
        Blocks.paragraph(flow, words.text("export.chronology.intro"), Look.BODY);
        flow.down(Paper.mm(2));
        if (front.chronology().entries().isEmpty()) {
            Blocks.paragraph(flow, words.text("export.chronology.empty"), Look.BODY);
            return;
        }
        Table table = Blocks.table(flow, List.of(
                new Table.Column(words.text("export.chronology.when"), 18),
                new Table.Column(words.text("export.chronology.kind"), 17),
                new Table.Column(words.text("export.chronology.what"), 43),
                new Table.Column(words.text("export.chronology.exhibit"), 22)));
        table.rows(front.chronology().entries().stream().map(entry -> row(entry, front)).toList());
    }

    private List<Table.Cell> row(TimelineEntry entry, FrontContext front) {
        Exhibit exhibit = front.chronology().exhibitOf(entry);
        List<Table.Span> when = new ArrayList<>();
        when.add(new Table.Span(describe.when(entry.at()), Look.SMALL));
        String source = describe.source(entry);
        if (!source.isEmpty()) {
            when.add(new Table.Span("(" + source + ")", Look.NOTE));
        }
        List<Table.Span> what = new ArrayList<>();
        List<String> lines = describe.description(entry, exhibit);
        for (int i = 0; i < lines.size(); i++) {
            // A title in bold; the text of a note or event is all of its description.
            boolean title = i == 0 && exhibit != null;
            what.add(new Table.Span(lines.get(i), title ? Look.SMALL_BOLD : Look.SMALL));
        }
        Table.Cell reference = exhibit == null ? Table.Cell.of(words.text("export.chronology.noExhibit"), Look.NOTE)
                : new Table.Cell(List.of(new Table.Span(describe.reference(exhibit, front.placements(),
                        front.split()), Look.SMALL.with(Look.ACCENT))), linkIfHere(exhibit, front));
        return List.of(new Table.Cell(when, null), Table.Cell.of(describe.kind(entry), Look.SMALL),
                new Table.Cell(what, null), reference);
    }

    /** Links lead to pages in the same file: only exhibits whose first page is in part 1. */
    static String linkIfHere(Exhibit exhibit, FrontContext front) {
        List<Plan.Placement> places = front.placesOf(exhibit);
        return !places.isEmpty() && places.get(0).part() == 1 ? exhibit.target() : null;
    }
}
