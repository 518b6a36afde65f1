package nl.bewijsmap.export;

import java.awt.Color;
import nl.bewijsmap.export.layout.Face;
import nl.bewijsmap.export.layout.Frame;
import nl.bewijsmap.export.layout.Paper;
import nl.bewijsmap.export.layout.Style;

/** The package's one typographic scale, colours and page frames, so every section looks like the same document. */
final class Look {

    static final Color INK = new Color(0x1c, 0x22, 0x2b);
    static final Color MUTED = new Color(0x5a, 0x63, 0x70);
    static final Color ACCENT = new Color(0x1f, 0x3a, 0x5f);
    static final Color RULE = new Color(0xc9, 0xcf, 0xd7);
    static final Color HEADER_FILL = new Color(0xe9, 0xee, 0xf3);
    static final Color BAND = new Color(0xe4, 0xea, 0xf1);
    static final Color WARNING = new Color(0x8a, 0x3b, 0x12);

    static final Style TITLE = new Style(Face.BOLD, 17, ACCENT);
    static final Style SUBTITLE = new Style(Face.REGULAR, 10.5f, MUTED);
    static final Style HEADING = new Style(Face.BOLD, 11.5f, ACCENT);
    static final Style BODY = new Style(Face.REGULAR, 9.5f, INK);
    static final Style BODY_BOLD = BODY.with(Face.BOLD);
    static final Style LETTER = new Style(Face.REGULAR, 10.5f, INK);
    static final Style LETTER_BOLD = LETTER.with(Face.BOLD);
    static final Style SMALL = new Style(Face.REGULAR, 8.5f, INK);
    static final Style SMALL_BOLD = SMALL.with(Face.BOLD);
    static final Style LABEL = new Style(Face.BOLD, 8.5f, MUTED);
    static final Style NOTE = new Style(Face.ITALIC, 7.8f, MUTED);
    static final Style TABLE_HEAD = new Style(Face.BOLD, 8, INK);
    static final Style MONO = new Style(Face.MONO, 7.4f, INK);
    static final Style FOOTER = new Style(Face.REGULAR, 7.5f, MUTED);
    static final Style STAMP = new Style(Face.BOLD, 8.5f, ACCENT);
    static final Style STAMP_PAGE = new Style(Face.REGULAR, 8, MUTED);

    /** Front matter and covers: generous margins, room for the footer. */
    static final Frame PAGE = Frame.a4(25, 22, 20, 24);
    /** An exhibit's own pages: below the stamp band at the top. */
    static final Frame EXHIBIT = Frame.a4(25, 27, 20, 24);

    /** The stamp band in the top margin of an exhibit page. */
    static final float BAND_TOP = Paper.HEIGHT - Paper.mm(9);
    static final float BAND_HEIGHT = Paper.mm(10);
    /** The footer's baseline. */
    static final float FOOTER_Y = Paper.mm(12);

    private Look() {
    }
}
