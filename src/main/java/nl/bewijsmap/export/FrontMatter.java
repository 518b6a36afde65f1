package nl.bewijsmap.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.export.layout.Flow;
import nl.bewijsmap.export.layout.Metrics;
import nl.bewijsmap.export.layout.Sheet;
import nl.bewijsmap.rules.RuleTexts;

/**
 * The pages before the exhibits: in part 1 the letter, summary, chronology and index, each starting on a new page;
 * in the other parts a cover. Laid out without a document, so their pages are counted before anything is written.
 */
final class FrontMatter {

    /** Where a section starts, for the bookmarks. */
    record Section(String title, int firstSheet) {
    }

    /** The laid-out pages and the sections they fall into. */
    record Laid(List<Sheet> sheets, List<Section> sections) {
        Laid {
            sheets = List.copyOf(sheets);
            sections = List.copyOf(sections);
        }

        int pages() {
            return sheets.size();
        }
    }

    private final Metrics metrics;
    private final Describe describe;
    private final Words words;
    private final RuleTexts rules;

    FrontMatter(Metrics metrics, Describe describe, RuleTexts rules) {
        this.metrics = metrics;
        this.describe = describe;
        this.words = describe.words();
        this.rules = rules;
    }

    Laid front(FrontContext front) {
        List<Sheet> sheets = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        Letter letter = front.request().letter();
        if (letter != null) {
            sections.add(new Section(words.text("export.section.letter"), sheets.size()));
            // The letter speaks its own language, which the consumer chose when drafting it.
            sheets.addAll(new LetterLayout(metrics, new Words(letter.locale())).lay(letter));
        }
        section(sheets, sections, words.text("export.section.summary"),
                (flow, f) -> new SummaryLayout(describe, rules).lay(flow, f), front);
        section(sheets, sections, words.text("export.section.chronology"),
                (flow, f) -> new ChronologyLayout(describe).lay(flow, f), front);
        section(sheets, sections, words.text("export.section.index"),
                (flow, f) -> new IndexLayout(describe).lay(flow, f), front);
        return new Laid(sheets, sections);
    }

    Laid cover(FrontContext front, Plan.Part part) {
        List<Sheet> sheets = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        section(sheets, sections, words.text("export.section.cover", Words.number(part.number()),
                Words.number(front.plan().parts().size())), (flow, f) -> new CoverLayout(describe).lay(flow, f, part),
                front);
        return new Laid(sheets, sections);
    }

    private void section(List<Sheet> sheets, List<Section> sections, String title,
            BiConsumer<Flow, FrontContext> layout, FrontContext front) {
        Flow flow = new Flow(metrics, Look.PAGE);
        layout.accept(flow, front);
        sections.add(new Section(title, sheets.size()));
        sheets.addAll(flow.sheets());
    }
}
