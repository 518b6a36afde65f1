package nl.bewijsmap.intake;

import com.drew.imaging.jpeg.JpegProcessingException;
import com.drew.imaging.jpeg.JpegSegmentData;
import com.drew.imaging.jpeg.JpegSegmentReader;
import com.drew.imaging.jpeg.JpegSegmentType;
import com.drew.lang.ByteArrayReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.exif.ExifThumbnailDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The two things a thumbnail needs from a photo's EXIF block: how to turn the picture upright, and the
 * small preview the camera may have stored (IFD1), as the bytes of a JPEG or null.
 */
record EmbeddedExif(int orientation, byte[] thumbnail) {

    static final int UPRIGHT = 1;
    static final EmbeddedExif NONE = new EmbeddedExif(UPRIGHT, null);

    /** Reads only the JPEG's APP1 segments (it stops at the image data), so it costs a few kilobytes. */
    static EmbeddedExif ofJpeg(Path file) throws IOException, JpegProcessingException {
        JpegSegmentData segments = JpegSegmentReader.readSegments(file.toFile(), List.of(JpegSegmentType.APP1));
        for (byte[] segment : segments.getSegments(JpegSegmentType.APP1)) {
            if (ExifReader.startsWithJpegExifPreamble(segment)) {
                // The TIFF header starts right after "Exif\0\0"; every EXIF offset counts from there.
                return parse(segment, ExifReader.JPEG_SEGMENT_PREAMBLE.length());
            }
        }
        return NONE;
    }

    /** HEIF keeps its EXIF block as an item somewhere near the start; found by its marker, as for dates. */
    static EmbeddedExif ofHeif(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(RawExif.SCAN_LIMIT);
        }
        int tiff = RawExif.findTiffHeader(bytes);
        return tiff < 0 ? NONE : parse(bytes, tiff);
    }

    /** The EXIF orientation in already parsed metadata (TIFF, PNG, WebP), upright when there is none. */
    static int orientationOf(Metadata metadata) {
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        Integer value = ifd0 == null ? null : ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
        return value != null && value >= 1 && value <= 8 ? value : UPRIGHT;
    }

    private static EmbeddedExif parse(byte[] bytes, int tiffStart) {
        Metadata metadata = new Metadata();
        new ExifReader().extract(new ByteArrayReader(bytes), metadata, tiffStart);
        return new EmbeddedExif(orientationOf(metadata), thumbnail(metadata, bytes));
    }

    private static byte[] thumbnail(Metadata metadata, byte[] bytes) {
        ExifThumbnailDirectory dir = metadata.getFirstDirectoryOfType(ExifThumbnailDirectory.class);
        if (dir == null) {
            return null;
        }
        // The tag counts from the TIFF header; the adjusted value adds where that header sits in our bytes.
        Integer offset = dir.getAdjustedThumbnailOffset();
        Integer length = dir.getInteger(ExifThumbnailDirectory.TAG_THUMBNAIL_LENGTH);
        if (offset == null || length == null || offset < 0 || length <= 0 || (long) offset + length > bytes.length) {
            return null;
        }
        return Arrays.copyOfRange(bytes, offset, offset + length);
    }
}
