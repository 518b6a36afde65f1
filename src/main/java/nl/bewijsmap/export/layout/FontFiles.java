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

    private static byte[] read(Face face) {
        try (InputStream in = FontFiles.class.getResourceAsStream(face.resource())) {
            if (in == null) {
                throw new IllegalStateException("The font " + face.resource() + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the font " + face.resource(), e);
        }
    }
}
