package nl.bewijsmap.export.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The bytes of the package's font files, read from the class path once and shared by every document made with them.
 * Each document parses its own copy (see {@link Fonts}), so documents on different threads never share a parser.
 */
public final class FontFiles {

    private final Map<Face, byte[]> bytes = new EnumMap<>(Face.class);

    /** The bytes of one font file; read on first use. */
    public synchronized byte[] bytes(Face face) {
        return bytes.computeIfAbsent(face, FontFiles::read);
    }

    /**
     * The font with its glyph substitution table (GSUB) hidden under another name. The package needs no ligatures
     * or contextual forms, and with a GSUB table PDFBox runs a regular-expression tokenizer over every line of text
     * it writes, which was an eighth of an export's time. The table's bytes stay; only its tag in the table
     * directory changes, so every other table, checksum and offset is as it was.
     */
    static byte[] withoutSubstitutions(byte[] font) {
        int tables = ((font[4] & 0xFF) << 8) | (font[5] & 0xFF);
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (record + 4 <= font.length && font[record] == 'G' && font[record + 1] == 'S'
                    && font[record + 2] == 'U' && font[record + 3] == 'B') {
                font[record] = 'X';
            }
        }
        return font;
    }

    private static byte[] read(Face face) {
        try (InputStream in = FontFiles.class.getResourceAsStream(face.resource())) {
            if (in == null) {
                throw new IllegalStateException("The font " + face.resource() + " is missing from the class path");
            }
            return withoutSubstitutions(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the font " + face.resource(), e);
        }
    }
}
