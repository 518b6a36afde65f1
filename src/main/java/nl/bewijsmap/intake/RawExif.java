package nl.bewijsmap.intake;

import com.drew.lang.ByteArrayReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds an EXIF block by its {@code Exif\0\0} marker when the container parser cannot reach it: AVIF files
 * (read as QuickTime by metadata-extractor) and HEIC files cut off before their item index is complete.
 */
final class RawExif {

    /** Phones put the EXIF item near the start; we never scan more than this. */
    static final int SCAN_LIMIT = 8 * 1024 * 1024;

    private RawExif() {
    }

    /** EXIF directories found in the first {@link #SCAN_LIMIT} bytes, or null when there is no marker. */
    static Metadata scan(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(SCAN_LIMIT);
        }
        int tiff = findTiffHeader(bytes);
        if (tiff < 0) {
            return null;
        }
        Metadata metadata = new Metadata();
        new ExifReader().extract(new ByteArrayReader(bytes), metadata, tiff);
        return metadata;
    }

    /** The offset of a TIFF header that directly follows {@code Exif\0\0}, or -1. */
    static int findTiffHeader(byte[] b) {
        for (int i = 0; i + 10 <= b.length; i++) {
            if (b[i] == 'E' && b[i + 1] == 'x' && b[i + 2] == 'i' && b[i + 3] == 'f' && b[i + 4] == 0
                    && b[i + 5] == 0 && isTiffHeader(b, i + 6)) {
                return i + 6;
            }
        }
        return -1;
    }

    private static boolean isTiffHeader(byte[] b, int at) {
        return (b[at] == 'I' && b[at + 1] == 'I' && b[at + 2] == 0x2A && b[at + 3] == 0)
                || (b[at] == 'M' && b[at + 1] == 'M' && b[at + 2] == 0 && b[at + 3] == 0x2A);
    }
}
