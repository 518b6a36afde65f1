package nl.bewijsmap.intake;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import nl.bewijsmap.domain.MediaType;

/** Byte signatures of the image and ISO media (MP4/MOV/HEIF) formats. */
final class Magic {

    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "mif1",
            "mif2", "msf1", "avif", "avis");
    /** Atoms a QuickTime file without an {@code ftyp} box may start with. */
    private static final Set<String> QUICKTIME_ATOMS = Set.of("moov", "mdat", "wide", "free", "skip", "pnot");
    /** Boxes a fragment of a streamed MP4 (DASH/HLS segment) starts with. */
    private static final Set<String> SEGMENT_BOXES = Set.of("styp", "moof", "sidx");
    private static final byte[] OUTLOOK_STREAM = "__substg1.0_".getBytes(StandardCharsets.UTF_16LE);
    private static final byte[] OUTLOOK_PROPERTIES = "__properties_version1.0".getBytes(StandardCharsets.UTF_16LE);

    private Magic() {
    }

    static MediaType image(byte[] h) {
        if (startsWith(h, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return MediaType.JPEG;
        }
        if (startsWith(h, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return MediaType.PNG;
        }
        if (startsWith(h, 0, ascii("RIFF")) && startsWith(h, 8, ascii("WEBP"))) {
            return MediaType.WEBP;
        }
        if (startsWith(h, 0, new byte[] {'I', 'I', 0x2A, 0}) || startsWith(h, 0, new byte[] {'M', 'M', 0, 0x2A})) {
            return MediaType.TIFF;
        }
        return null;
    }

    /** ISO base media files: the {@code ftyp} brands decide between HEIF, QuickTime, 3GP and MP4. */
    static MediaType isoMedia(byte[] h) {
        if (h.length < 12) {
            return null;
        }
        String type = new String(h, 4, 4, StandardCharsets.ISO_8859_1);
        if (!type.equals("ftyp")) {
            if (!plausibleBoxSize(h)) {
                return null;
            }
            return QUICKTIME_ATOMS.contains(type) ? MediaType.QUICKTIME
                    : SEGMENT_BOXES.contains(type) ? MediaType.MP4 : null;
        }
        String major = new String(h, 8, 4, StandardCharsets.ISO_8859_1);
        MediaType byMajor = brand(major);
        if (byMajor != null) {
            return byMajor;
        }
        long size = Math.min(((h[0] & 0xFFL) << 24) | ((h[1] & 0xFF) << 16) | ((h[2] & 0xFF) << 8) | (h[3] & 0xFF),
                h.length);
        for (int at = 16; at + 4 <= size; at += 4) {
            MediaType compatible = brand(new String(h, at, 4, StandardCharsets.ISO_8859_1));
            if (compatible != null) {
                return compatible;
            }
        }
        return MediaType.MP4;
    }

    private static MediaType brand(String brand) {
        if (HEIF_BRANDS.contains(brand)) {
            return MediaType.HEIF;
        }
        if (brand.equals("qt  ")) {
            return MediaType.QUICKTIME;
        }
        if (brand.startsWith("3gp") || brand.startsWith("3g2")) {
            return MediaType.THREE_GPP;
        }
        if (brand.startsWith("iso") || brand.startsWith("mp4") || brand.startsWith("M4V") || brand.equals("avc1")
                || brand.startsWith("M4A") || brand.equals("f4v ") || brand.equals("dash")) {
            return MediaType.MP4;
        }
        return null;
    }

    private static boolean plausibleBoxSize(byte[] h) {
        long size = ((h[0] & 0xFFL) << 24) | ((h[1] & 0xFF) << 16) | ((h[2] & 0xFF) << 8) | (h[3] & 0xFF);
        return size == 0 || size == 1 || size >= 8;
    }

    static boolean hasOutlookStreamName(byte[] head) {
        return indexOf(head, OUTLOOK_STREAM, head.length) >= 0 || indexOf(head, OUTLOOK_PROPERTIES, head.length) >= 0;
    }

    static boolean startsWith(byte[] h, int at, byte[] prefix) {
        if (h.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (h[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The first index of {@code pattern} starting before {@code limit}, or -1. */
    static int indexOf(byte[] h, byte[] pattern, int limit) {
        for (int i = 0; i < limit && i + pattern.length <= h.length; i++) {
            if (startsWith(h, i, pattern)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
