package nl.bewijsmap.export.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Measures text in the package's fonts and keeps out what they cannot show. Layouts measure with it before any
 * document exists; the widths are those PDFBox writes for the embedded font, so what fits here fits on the page.
 * Not thread-safe: one layout thread uses one instance.
 */
public final class Metrics implements AutoCloseable {

    private final Map<Face, Measured> faces = new EnumMap<>(Face.class);
    private final FontFiles files;

    public Metrics(FontFiles files) {
        this.files = files;
    }

    /**
     * The text as it fits on one line of the given width: whole, or cut with an ellipsis that is measured with it.
     * The text is already {@link #clean cleaned} for the style's face.
     */
    public String fit(Style style, String text, float width) {
        if (width(style, text) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && width(style, cut.strip() + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }

    /** The width in points of a text already {@link #clean cleaned} for the style's face. */
    public float width(Style style, String text) {
        Measured face = face(style.face());
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += face.advance(cp);
            i += Character.charCount(cp);
        }
        return units * style.size() / 1000f;
    }

    /**
     * The text as one line the face can show: composed (NFC), tabs as spaces, without control characters,
     * invisible marks or characters the font has no glyph for (emoji, most non-Latin scripts), which are skipped.
     */
    public String clean(Face face, String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        Measured measured = face(face);
        String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        boolean skipped = false;
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029) {
                cp = ' ';
            } else if ((cp == 0xA0 || cp == 0x202F) && !measured.has(cp)) {
                cp = ' ';
            }
            if (cp != ' ' && (invisible(cp) || !measured.has(cp))) {
                skipped = true;
                continue;
            }
            // A word left out between two spaces leaves one space, not two.
            if (cp == ' ' && skipped && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                continue;
            }
            skipped = false;
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** Whether the text holds visible characters the face has no glyph for, which {@link #clean} leaves out. */
    public boolean lacksGlyphs(Face face, String text) {
        Measured measured = face(face);
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isWhitespace(cp) && !invisible(cp) && !measured.has(cp)) {
                return true;
            }
        }
        return false;
    }

    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || cp == 0xAD
                || (cp >= 0xFE00 && cp <= 0xFE0F);
    }

    private Measured face(Face face) {
        return faces.computeIfAbsent(face, f -> new Measured(files.bytes(f)));
    }

    @Override
    public void close() {
        for (Measured face : faces.values()) {
            face.close();
        }
        faces.clear();
    }

    /** One parsed font with its widths per character, in thousandths of the size, cached for the BMP. */
    private static final class Measured {

        private final TrueTypeFont font;
        private final CmapLookup cmap;
        private final float scale;
        private final float[] bmp = new float[0x10000];

        Measured(byte[] bytes) {
            try {
                font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                cmap = font.getUnicodeCmapLookup();
                scale = 1000f / font.getUnitsPerEm();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read a font of the package", e);
            }
            Arrays.fill(bmp, Float.NaN);
        }

        boolean has(int cp) {
            return cmap.getGlyphId(cp) > 0;
        }

        float advance(int cp) {
            if (cp < bmp.length && !Float.isNaN(bmp[cp])) {
                return bmp[cp];
            }
            float width;
            try {
                int gid = cmap.getGlyphId(cp);
                width = gid > 0 ? font.getAdvanceWidth(gid) * scale : 0;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read a width from a font of the package", e);
            }
            if (cp < bmp.length) {
                bmp[cp] = width;
            }
            return width;
        }

        void close() {
            try {
                font.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
