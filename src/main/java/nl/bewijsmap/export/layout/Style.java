package nl.bewijsmap.export.layout;

import java.awt.Color;
import java.util.Objects;

/**
 * How a run of text looks: typeface, size in points and colour. The line height is a fixed share of the size, so a
 * layout knows how tall a line is without asking the font.
 */
public record Style(Face face, float size, Color color) {

    /** Line height as a multiple of the size. */
    private static final float LEADING = 1.32f;
    /** Where the baseline lies below the top of a line, as a multiple of the size. */
    private static final float BASELINE = 0.98f;

    public Style {
        Objects.requireNonNull(face, "face");
        Objects.requireNonNull(color, "color");
        if (size <= 0) {
            throw new IllegalArgumentException("A text needs a size: " + size);
        }
    }

    public float leading() {
        return size * LEADING;
    }

    /** The distance from the top of a line to its baseline. */
    public float baseline() {
        return size * BASELINE;
    }

    public Style with(Face other) {
        return new Style(other, size, color);
    }

    public Style with(Color other) {
        return new Style(face, size, other);
    }

    public Style sized(float other) {
        return new Style(face, other, color);
    }
}
