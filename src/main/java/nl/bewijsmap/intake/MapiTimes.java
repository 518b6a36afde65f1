package nl.bewijsmap.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads the submit and delivery times straight from an Outlook message's property stream, for damaged
 * messages that POI's full message parser refuses although their times are intact.
 */
final class MapiTimes {

    static final int CLIENT_SUBMIT_TIME = 0x0039;
    static final int MESSAGE_DELIVERY_TIME = 0x0E06;
    private static final int PT_SYSTIME = 0x0040;
    private static final int HEADER_BYTES = 32;
    private static final int MAX_STREAM_BYTES = 1024 * 1024;
    /** Seconds between 1601-01-01 (the FILETIME epoch) and 1970-01-01. */
    private static final long FILETIME_EPOCH_OFFSET = 11_644_473_600L;

    private MapiTimes() {
    }

    /** The value of a time property in UTC, or null when the message does not have it. */
    static Timestamp read(Path file, int propertyId) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (!fs.getRoot().hasEntry("__properties_version1.0")) {
                return null;
            }
            DocumentEntry entry = (DocumentEntry) fs.getRoot().getEntry("__properties_version1.0");
            byte[] bytes;
            try (InputStream in = fs.createDocumentInputStream(entry.getName())) {
                bytes = in.readNBytes(MAX_STREAM_BYTES);
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            for (int at = HEADER_BYTES; at + 16 <= bytes.length; at += 16) {
                int tag = buffer.getInt(at);
                if ((tag & 0xFFFF) == PT_SYSTIME && (tag >>> 16) == propertyId) {
                    return fromFileTime(buffer.getLong(at + 8));
                }
            }
            return null;
        }
    }

    private static Timestamp fromFileTime(long fileTime) {
        if (fileTime <= 0) {
            return null;
        }
        long seconds = fileTime / 10_000_000L - FILETIME_EPOCH_OFFSET;
        LocalDateTime utc = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        return new Timestamp(utc, ZoneOffset.UTC, TimestampSource.EMAIL_DATE, Precision.SECOND);
    }
}
