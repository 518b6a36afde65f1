package nl.bewijsmap.export;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * A JPEG's EXIF block carried over into a re-encoded picture (only when the consumer asks to keep the location).
 * The picture is already turned upright, so the copy says "upright" too, or a viewer would turn it again.
 */
final class ExifSegment {

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int MAX_SEGMENT = 0xFFFF - 2;

    private ExifSegment() {
    }

    /** A copy of an APP1 payload ({@code Exif\0\0} and the TIFF block) with its orientation set to 1. */
    static byte[] upright(byte[] payload) {
        byte[] copy = Arrays.copyOf(payload, payload.length);
        int tiff = 6;
        if (copy.length < tiff + 8) {
            return copy;
        }
        boolean little = copy[tiff] == 'I';
        int ifd = tiff + (int) read(copy, tiff + 4, 4, little);
        if (ifd < tiff || ifd + 2 > copy.length) {
            return copy;
        }
        int entries = (int) read(copy, ifd, 2, little);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + i * 12;
            if (entry + 12 > copy.length) {
                break;
            }
            if (read(copy, entry, 2, little) == ORIENTATION_TAG) {
                write(copy, entry + 8, 1, little);
            }
        }
        return copy;
    }

    /** The JPEG with the APP1 segment put right after its start-of-image marker. */
    static byte[] insert(byte[] jpeg, byte[] payload) {
        if (payload.length > MAX_SEGMENT || jpeg.length < 2) {
            return jpeg;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + payload.length + 4);
        out.write(jpeg, 0, 2);
        int length = payload.length + 2;
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload, 0, payload.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static long read(byte[] b, int at, int size, boolean little) {
        long value = 0;
        for (int i = 0; i < size; i++) {
            int index = little ? at + size - 1 - i : at + i;
            value = (value << 8) | (b[index] & 0xFF);
        }
        return value;
    }

    private static void write(byte[] b, int at, int value, boolean little) {
        if (little) {
            b[at] = (byte) value;
            b[at + 1] = 0;
        } else {
            b[at] = 0;
            b[at + 1] = (byte) value;
        }
    }
}
