package nl.bewijsmap.export;

import java.util.ArrayList;
import java.util.List;
import nl.bewijsmap.export.layout.Draw;
import nl.bewijsmap.export.layout.Flow;
import nl.bewijsmap.export.layout.Paper;
import nl.bewijsmap.export.layout.Style;
import nl.bewijsmap.export.layout.Table;

/** The building blocks the package's pages share: titles, section headings, label-value forms and tables. */
final class Blocks {

    /** A label and its value in a form; a row without a value is left out. */
    record Row(String label, List<Table.Span> value) {
        Row {
            value = List.copyOf(value);
        }

        static Row of(String label, String value) {
            return of(label, value, Look.BODY);
        }

        static Row of(String label, String value, Style style) {
            return new Row(label, value == null || value.isBlank() ? List.of() : List.of(new Table.Span(value, style)));
        }
    }

    private Blocks() {
    }

    /** A page title with a line under it in the accent colour, and an optional subtitle. */
    static void title(Flow flow, String title, String subtitle) {
        flow.heading(title, Look.TITLE, Look.TITLE.leading() * 3);
        if (subtitle != null && !subtitle.isBlank()) {
            flow.paragraph(subtitle, Look.SUBTITLE);
        }
        flow.down(Paper.mm(2));
        flow.add(new Draw.Rule(flow.frame().left(), flow.y(), flow.frame().right(), flow.y(), 1.2f, Look.ACCENT));
        flow.down(Paper.mm(5));
    }

    /** A section heading kept with the start of what follows. */
    static void heading(Flow flow, String text) {
        flow.gap(Paper.mm(4));
        flow.heading(text, Look.HEADING, Look.BODY.leading() * 3);
        flow.down(Paper.mm(1));
    }

    /** A plain paragraph followed by a little space. */
    static void paragraph(Flow flow, String text, Style style) {
        flow.paragraph(text, style);
        flow.down(Paper.mm(1.5));
    }

    /** Label-value rows: the labels in a narrow column, the values beside them; empty values are left out. */
    static void form(Flow flow, List<Row> rows, float labelShare) {
        List<Row> shown = new ArrayList<>();
        for (Row row : rows) {
            if (!row.value().isEmpty()) {
                shown.add(row);
            }
        }
        if (shown.isEmpty()) {
            return;
        }
        Table table = new Table(flow, List.of(new Table.Column("", labelShare), new Table.Column("", 1 - labelShare)),
                null, Look.HEADER_FILL, Look.RULE);
        List<List<Table.Cell>> cells = new ArrayList<>();
        for (Row row : shown) {
            cells.add(List.of(Table.Cell.of(row.label(), Look.LABEL), new Table.Cell(row.value(), null)));
        }
        table.rows(cells);
    }

    /** A table with the package's header style. */
    static Table table(Flow flow, List<Table.Column> columns) {
        return new Table(flow, columns, Look.TABLE_HEAD, Look.HEADER_FILL, Look.RULE);
    }

    /** A tinted box with a paragraph in it, for what the reader must not miss (why an exhibit cannot be shown). */
    static void notice(Flow flow, String text, Style style) {
        float pad = Paper.mm(3);
        float width = flow.frame().width() - 2 * pad;
        List<String> lines = flow.wrap().lines(text, style, width);
        float height = lines.size() * style.leading() + 2 * pad;
        flow.ensure(height);
        float top = flow.y();
        flow.add(new Draw.Fill(flow.frame().left(), top - height, flow.frame().width(), height, Look.HEADER_FILL));
        flow.add(new Draw.Fill(flow.frame().left(), top - height, Paper.mm(1), height, Look.ACCENT));
        float y = top - pad;
        for (String line : lines) {
            flow.add(new Draw.Text(flow.frame().left() + pad, y - style.baseline(), style, line));
            y -= style.leading();
        }
        flow.down(height + Paper.mm(3));
    }
}
