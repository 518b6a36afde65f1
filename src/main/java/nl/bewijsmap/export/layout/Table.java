package nl.bewijsmap.export.layout;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table in a {@link Flow}: rows of wrapped cells, a header row repeated at the top of every page the table
 * continues on, a row moved whole to the next page when it fits there, and split line by line only when it is
 * taller than a page.
 */
public final class Table {

    static final float PAD_X = 4;
    static final float PAD_Y = 3.2f;

    /** A column: its header text (may be empty) and its share of the table's width. */
    public record Column(String header, float share) {
    }

    /** A piece of a cell's text in one style; each span starts on a new line. */
    public record Span(String text, Style style) {
        public Span {
            text = text == null ? "" : text;
            Objects.requireNonNull(style, "style");
        }
    }

    /** One cell: its spans stacked, and where it links to (null for nowhere). */
    public record Cell(List<Span> spans, String link) {
        public Cell {
            spans = List.copyOf(spans);
        }

        public static Cell of(String text, Style style) {
            return new Cell(List.of(new Span(text, style)), null);
        }
    }

    private record Line(String text, Style style) {
    }

    private final Flow flow;
    private final List<Column> columns;
    private final float[] widths;
    private final Style headerStyle;
    private final Color headerFill;
    private final Color ruleColor;

    /** A table across the flow's frame; {@code headerStyle} null for a table without a header row. */
    public Table(Flow flow, List<Column> columns, Style headerStyle, Color headerFill, Color ruleColor) {
        this.flow = flow;
        this.columns = List.copyOf(columns);
        this.headerStyle = headerStyle;
        this.headerFill = headerFill;
        this.ruleColor = ruleColor;
        float total = 0;
        for (Column column : columns) {
            total += column.share();
        }
        widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = flow.frame().width() * columns.get(i).share() / total;
        }
    }

    /**
     * Draws the table: the header (on a new page when not even the first row fits under it, and again at the top of
     * every page the table continues on), then the rows, each with one cell per column.
     */
    public void rows(List<List<Cell>> rows) {
        if (!rows.isEmpty()) {
            begin(rowHeight(rows.get(0)));
        }
        for (List<Cell> row : rows) {
            row(row);
        }
        end();
    }

    /** Draws the header (on a new page when not even one line of a row fits under it) and repeats it from now on. */
    private void begin(float firstRowHeight) {
        if (headerStyle != null) {
            flow.ensure(headerHeight() + firstRowHeight);
            header(flow);
            flow.onNewPage(this::header);
        } else {
            flow.ensure(firstRowHeight);
        }
    }

    private void end() {
        flow.onNewPage(null);
    }

    /** Adds a row with one cell per column. */
    private void row(List<Cell> cells) {
        List<List<Line>> lines = wrap(cells);
        float height = height(lines) + 2 * PAD_Y;
        float freshPage = flow.frame().height() - (headerStyle == null ? 0 : headerHeight());
        if (!flow.fits(height) && height <= freshPage) {
            flow.newPage();
        }
        int[] from = new int[widths.length];
        while (true) {
            boolean done = drawChunk(cells, lines, from);
            if (done) {
                return;
            }
            flow.newPage();
        }
    }

    /** The height a row with these cells takes, for keeping the header with the first row. */
    private float rowHeight(List<Cell> cells) {
        return height(wrap(cells)) + 2 * PAD_Y;
    }

    /** Each cell of a row wrapped to its column's width. */
    private List<List<Line>> wrap(List<Cell> cells) {
        if (cells.size() != widths.length) {
            throw new IllegalArgumentException(cells.size() + " cells for " + widths.length + " columns");
        }
        List<List<Line>> lines = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            lines.add(wrap(cells.get(i), widths[i] - 2 * PAD_X));
        }
        return lines;
    }

    /** Draws what fits of each cell from line {@code from[i]} on; true when every cell is finished. */
    private boolean drawChunk(List<Cell> cells, List<List<Line>> lines, int[] from) {
        float top = flow.y();
        float room = top - flow.frame().bottom() - 2 * PAD_Y;
        for (int i = 0; i < widths.length; i++) {
            List<Line> cell = lines.get(i);
            if (from[i] < cell.size() && cell.get(from[i]).style().leading() > room + 0.01f) {
                if (flow.atPageStart()) {
                    throw new IllegalStateException("A line of a table cell is taller than a page");
                }
                return false;
            }
        }
        // The first lines of the cells share one baseline, whatever their sizes.
        float baseline = 0;
        for (int i = 0; i < widths.length; i++) {
            if (from[i] < lines.get(i).size()) {
                baseline = Math.max(baseline, lines.get(i).get(from[i]).style().baseline());
            }
        }
        float x = flow.frame().left();
        float used = 0;
        boolean done = true;
        for (int i = 0; i < widths.length; i++) {
            List<Line> cell = lines.get(i);
            float shift = from[i] < cell.size() ? baseline - cell.get(from[i]).style().baseline() : 0;
            float y = top - PAD_Y - shift;
            int n = from[i];
            while (n < cell.size() && (top - PAD_Y) - y + cell.get(n).style().leading() <= room + 0.01f) {
                Line line = cell.get(n);
                if (!line.text().isEmpty()) {
                    flow.add(new Draw.Text(x + PAD_X, y - line.style().baseline(), line.style(), line.text()));
                }
                y -= line.style().leading();
                n++;
            }
            float cellHeight = (top - PAD_Y) - y;
            if (cells.get(i).link() != null && n > from[i]) {
                flow.add(new Draw.Link(x, y - PAD_Y, widths[i], cellHeight + 2 * PAD_Y, cells.get(i).link()));
            }
            used = Math.max(used, cellHeight);
            done &= n == cell.size();
            from[i] = n;
            x += widths[i];
        }
        float bottom = top - used - 2 * PAD_Y;
        flow.add(new Draw.Rule(flow.frame().left(), bottom, flow.frame().right(), bottom, 0.4f, ruleColor));
        flow.down(top - bottom);
        return done;
    }

    private void header(Flow target) {
        float top = target.y();
        float height = headerHeight();
        target.add(new Draw.Fill(target.frame().left(), top - height, target.frame().width(), height, headerFill));
        float x = target.frame().left();
        for (int i = 0; i < widths.length; i++) {
            float y = top - PAD_Y;
            for (String line : headerLines(i)) {
                target.add(new Draw.Text(x + PAD_X, y - headerStyle.baseline(), headerStyle, line));
                y -= headerStyle.leading();
            }
            x += widths[i];
        }
        target.down(height);
    }

    /** A column's header, wrapped to its width: a narrow column's header takes two lines rather than overflow. */
    private List<String> headerLines(int column) {
        return flow.wrap().lines(columns.get(column).header(), headerStyle, widths[column] - 2 * PAD_X);
    }

    private float headerHeight() {
        if (headerStyle == null) {
            return 0;
        }
        int lines = 1;
        for (int i = 0; i < widths.length; i++) {
            lines = Math.max(lines, headerLines(i).size());
        }
        return lines * headerStyle.leading() + 2 * PAD_Y;
    }

    private List<Line> wrap(Cell cell, float width) {
        List<Line> lines = new ArrayList<>();
        for (Span span : cell.spans()) {
            if (span.text().isEmpty()) {
                continue;
            }
            for (String line : flow.wrap().lines(span.text(), span.style(), width)) {
                lines.add(new Line(line, span.style()));
            }
        }
        return lines;
    }

    private static float height(List<List<Line>> lines) {
        float max = 0;
        for (List<Line> cell : lines) {
            float h = 0;
            for (Line line : cell) {
                h += line.style().leading();
            }
            max = Math.max(max, h);
        }
        return max;
    }
}
