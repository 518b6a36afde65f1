package nl.bewijsmap.export.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The package's fonts in one document, loaded when first drawn with and embedded as subsets (only the glyphs the
 * document uses), so a page of text carries a few kilobytes of font rather than the whole file.
 */
public final class Fonts {

    private final PDDocument document;
    private final FontFiles files;
    private final Map<Face, PDFont> loaded = new EnumMap<>(Face.class);

    public Fonts(PDDocument document, FontFiles files) {
        this.document = document;
        this.files = files;
    }

    public PDFont get(Face face) {
        return loaded.computeIfAbsent(face, this::load);
    }

    private PDFont load(Face face) {
        try {
            // The document closes the parsed font when it is closed itself.
            return PDType0Font.load(document, new RandomAccessReadBuffer(files.bytes(face)), true, false);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load the font " + face + " into the document", e);
        }
    }
}
