package nl.bewijsmap.export.layout;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Text and blocks flowing down the frame of a page and on to the next page when they do not fit. The cursor
 * {@link #y()} is the top of what comes next. What starts a new page (a table's header row) can be set with
 * {@link #onNewPage}.
 */
public final class Flow {

    private final Wrap wrap;
    private final Frame frame;
    private final List<Sheet> sheets = new ArrayList<>();
    private Sheet sheet;
    private float y;
    private float pageTop;
    private Consumer<Flow> pageStart;

    public Flow(Metrics metrics, Frame frame) {
        this.wrap = new Wrap(metrics);
        this.frame = frame;
        newPage();
    }

    public Wrap wrap() {
        return wrap;
    }

    public Frame frame() {
        return frame;
    }

    public float y() {
        return y;
    }

    /** The pages laid out so far, the current one included. */
    public List<Sheet> sheets() {
        return Collections.unmodifiableList(sheets);
    }

    /** Whether nothing was put on the current page yet, apart from what every new page starts with. */
    public boolean atPageStart() {
        return y >= pageTop - 0.01f;
    }

    /** What to draw at the top of every new page from now on (a repeated table header); null for nothing. */
    public void onNewPage(Consumer<Flow> start) {
        this.pageStart = start;
    }

    public void newPage() {
        sheet = new Sheet();
        sheets.add(sheet);
        y = frame.top();
        if (pageStart != null) {
            pageStart.accept(this);
        }
        pageTop = y;
    }

    /** Whether a block of this height still fits above the bottom of the frame. */
    public boolean fits(float height) {
        return y - height >= frame.bottom() - 0.01f;
    }

    /** Starts a new page unless a block of this height fits, or the page is still empty (then it must go here). */
    public void ensure(float height) {
        if (!fits(height) && !atPageStart()) {
            newPage();
        }
    }

    /** Moves the cursor down; at the start of a page a gap is left out, past the bottom it ends the page. */
    public void gap(float height) {
        if (atPageStart()) {
            return;
        }
        if (!fits(height)) {
            newPage();
            return;
        }
        y -= height;
    }

    /** Moves the cursor down by exactly this much (what was drawn above it took the space). */
    public void down(float height) {
        y -= height;
    }

    public void add(Draw draw) {
        sheet.add(draw);
    }

    /** A wrapped paragraph across the frame's width. */
    public void paragraph(String text, Style style) {
        paragraph(text, style, 0, frame.width());
    }

    /** A wrapped paragraph starting {@code indent} points from the frame's left edge, {@code width} wide. */
    public void paragraph(String text, Style style, float indent, float width) {
        for (String line : wrap.lines(text, style, width)) {
            line(line, style, frame.left() + indent);
        }
    }

    /** One line of cleaned text at x; a new page first when it does not fit. */
    public void line(String cleaned, Style style, float x) {
        ensure(style.leading());
        if (!cleaned.isEmpty()) {
            sheet.add(new Draw.Text(x, y - style.baseline(), style, cleaned));
        }
        y -= style.leading();
    }

    /** A heading kept on the same page as at least {@code keep} points of what follows it. */
    public void heading(String text, Style style, float keep) {
        List<String> lines = wrap.lines(text, style, frame.width());
        ensure(lines.size() * style.leading() + keep);
        for (String line : lines) {
            line(line, style, frame.left());
        }
    }

    /** A thin line across the frame at the cursor. */
    public void rule(float width, Color color) {
        sheet.add(new Draw.Rule(frame.left(), y, frame.right(), y, width, color));
    }
}
