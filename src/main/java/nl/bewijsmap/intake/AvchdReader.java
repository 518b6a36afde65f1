package nl.bewijsmap.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;

/**
 * Reads the recording date AVCHD camcorders (.mts/.m2ts) put into the H.264 stream as "MDPM" metadata.
 * metadata-extractor cannot read these MPEG transport streams.
 */
final class AvchdReader {

    private static final int SCAN_LIMIT = 4 * 1024 * 1024;
    /** The SEI user-data UUID that precedes the MDPM block. */
    private static final byte[] MDPM = {0x17, (byte) 0xEE, (byte) 0x8C, 0x60, (byte) 0xF8, 0x4D, 0x11, (byte) 0xD9,
        (byte) 0x8C, (byte) 0xD6, 0x08, 0x00, 0x20, 0x0C, (byte) 0x9A, 0x66, 'M', 'D', 'P', 'M'};

    private AvchdReader() {
    }

    /** MPEG transport stream: sync byte 0x47 every 188 bytes, or every 192 with a 4-byte timecode (M2TS). */
    static boolean isTransportStream(byte[] head) {
        return syncEvery(head, 0, 188) || syncEvery(head, 4, 192);
    }

    private static boolean syncEvery(byte[] head, int first, int step) {
        if (head.length < first + 2 * step + 1) {
            return false;
        }
        for (int i = first; i < head.length && i < first + 4 * step; i += step) {
            if (head[i] != 0x47) {
                return false;
            }
        }
        return true;
    }

    /** The camcorder's DateTimeOriginal with its offset, or null when the stream has none. */
    static Timestamp read(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(SCAN_LIMIT);
        }
        int at = indexOf(bytes, MDPM);
        if (at < 0) {
            return null;
        }
        byte[] data = unescape(bytes, at + MDPM.length, 1 + 5 * 32);
        int count = data.length > 0 ? data[0] & 0xFF : 0;
        byte[] date = null;
        byte[] time = null;
        for (int i = 0; i < count && 1 + 5 * i + 4 < data.length; i++) {
            int tag = data[1 + 5 * i] & 0xFF;
            byte[] value = {data[2 + 5 * i], data[3 + 5 * i], data[4 + 5 * i], data[5 + 5 * i]};
            if (tag == 0x18) {
                date = value;
            } else if (tag == 0x19) {
                time = value;
            }
        }
        return date == null || time == null ? null : toTimestamp(date, time);
    }

    /** Tag 0x18 = zone, year (2 BCD bytes), month; tag 0x19 = day, hour, minute, second; all BCD. */
    private static Timestamp toTimestamp(byte[] date, byte[] time) {
        try {
            int zone = date[0] & 0xFF;
            LocalDateTime local = LocalDateTime.of(bcd(date[1]) * 100 + bcd(date[2]), bcd(date[3]), bcd(time[0]),
                    bcd(time[1]), bcd(time[2]), bcd(time[3]));
            // Zone byte: 0x20 sign, 0x1E hours, 0x01 half hour; 0x80 set means "no zone recorded".
            ZoneOffset offset = null;
            if ((zone & 0x80) == 0) {
                int minutes = ((zone >> 1) & 0x0F) * 60 + ((zone & 0x01) != 0 ? 30 : 0);
                offset = ZoneOffset.ofTotalSeconds(((zone & 0x20) != 0 ? -minutes : minutes) * 60);
            }
            return new Timestamp(local, offset, TimestampSource.EXIF_ORIGINAL, Precision.SECOND);
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }

    private static int bcd(byte b) {
        int hi = (b >> 4) & 0x0F;
        int lo = b & 0x0F;
        if (hi > 9 || lo > 9) {
            throw new IllegalArgumentException("not a BCD digit pair");
        }
        return hi * 10 + lo;
    }

    /** H.264 inserts 0x03 after two zero bytes so the payload never looks like a start code; undo that. */
    private static byte[] unescape(byte[] b, int from, int length) {
        byte[] out = new byte[length];
        int n = 0;
        int zeros = 0;
        for (int i = from; i < b.length && n < length; i++) {
            if (zeros >= 2 && b[i] == 0x03) {
                zeros = 0;
                continue;
            }
            zeros = b[i] == 0 ? zeros + 1 : 0;
            out[n++] = b[i];
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static int indexOf(byte[] b, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= b.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (b[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
