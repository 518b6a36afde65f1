package nl.bewijsmap.export.layout;

import java.awt.Color;
import java.util.Objects;

/** One thing a laid-out page shows, in PDF points from the bottom-left corner of the page. */
public sealed interface Draw {

    /** A line of text, already cleaned for its face, with its baseline at {@code y}. */
    record Text(float x, float y, Style style, String text) implements Draw {
        public Text {
            Objects.requireNonNull(style, "style");
            Objects.requireNonNull(text, "text");
        }
    }

    /** A straight line. */
    record Rule(float x1, float y1, float x2, float y2, float width, Color color) implements Draw {
    }

    /** A filled rectangle. */
    record Fill(float x, float y, float width, float height, Color color) implements Draw {
    }

    /** A clickable area that leads to the place named by {@code target}; resolved when the document is put together. */
    record Link(float x, float y, float width, float height, String target) implements Draw {
    }

    /** Where the picture named {@code name} goes, stretched to the rectangle. */
    record Picture(float x, float y, float width, float height, String name) implements Draw {
    }
}
