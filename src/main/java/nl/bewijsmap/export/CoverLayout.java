package nl.bewijsmap.export;

import java.util.ArrayList;
import java.util.List;
import nl.bewijsmap.export.layout.Flow;
import nl.bewijsmap.export.layout.Table;

/** The first page of parts 2, 3, …: which dossier this is, which part, and the exhibits it holds with their pages. */
final class CoverLayout {

    private final Describe describe;
    private final Words words;

    CoverLayout(Describe describe) {
        this.describe = describe;
        this.words = describe.words();
    }

    void lay(Flow flow, FrontContext front, Plan.Part part) {
        String parts = Words.number(front.plan().parts().size());
        Blocks.title(flow, front.snapshot().dossier().title(), words.text("export.cover.subtitle",
                Words.number(part.number()), parts));
        Blocks.paragraph(flow, words.text(front.request().letter() == null ? "export.cover.introNoLetter"
                : "export.cover.intro", Words.number(part.number()), parts,
                front.fileNames().get(0), describe.recipient(front.request().recipient()),
                words.date(front.snapshot().today())), Look.BODY);
        Blocks.heading(flow, words.text("export.cover.held"));
        Table table = Blocks.table(flow, List.of(
                new Table.Column(words.text("export.index.number"), 8),
                new Table.Column(words.text("export.cover.exhibit"), 52),
                new Table.Column(words.text("export.cover.date"), 22),
                new Table.Column(words.text("export.index.pages"), 18)));
        List<List<Table.Cell>> rows = new ArrayList<>();
        for (Plan.Unit unit : part.units()) {
            Exhibit exhibit = unit.exhibit();
            List<Plan.Placement> here = front.placesOf(exhibit).stream()
                    .filter(p -> p.part() == part.number()).toList();
            String title = describe.title(exhibit);
            if (!unit.first() || unit.to() < unit.rendition().pages()) {
                title = words.text("export.cover.pagesOf", title, Words.number(unit.from() + 1),
                        Words.number(unit.to()), Words.number(unit.rendition().pages()));
            }
            rows.add(List.of(
                    new Table.Cell(List.of(new Table.Span(Words.number(exhibit.number()), Look.SMALL_BOLD)),
                            exhibit.target()),
                    new Table.Cell(List.of(new Table.Span(title, Look.SMALL)), exhibit.target()),
                    Table.Cell.of(describe.when(exhibit.at()), Look.SMALL),
                    new Table.Cell(List.of(new Table.Span(describe.pages(here, false), Look.SMALL.with(Look.ACCENT))),
                            exhibit.target())));
        }
        table.rows(rows);
    }
}
