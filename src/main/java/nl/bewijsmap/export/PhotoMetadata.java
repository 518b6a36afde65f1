package nl.bewijsmap.export;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.jpeg.JpegSegmentData;
import com.drew.imaging.jpeg.JpegSegmentReader;
import com.drew.imaging.jpeg.JpegSegmentType;
import com.drew.lang.ByteArrayReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.exif.GpsDirectory;
import java.nio.file.Path;
import java.util.List;
import nl.bewijsmap.domain.MediaType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a photo's metadata means for its page: how to turn it upright, where it was taken, and (for a JPEG) its
 * EXIF block as stored, to keep when the consumer asks for the location to stay in.
 *
 * @param orientation the EXIF orientation, 1 (upright) to 8
 * @param location    the GPS position, or null
 * @param exif        the JPEG's APP1 EXIF segment payload (from {@code Exif\0\0} on), or null
 */
record PhotoMetadata(int orientation, GeoLocation location, byte[] exif) {

    private static final Logger LOG = LoggerFactory.getLogger(PhotoMetadata.class);
    static final PhotoMetadata NONE = new PhotoMetadata(1, null, null);

    /** Never fails: unreadable metadata (metadata-extractor throws anything on broken files) reads as none. */
    static PhotoMetadata read(Path file, MediaType type) {
        try {
            if (type == MediaType.JPEG) {
                JpegSegmentData segments = JpegSegmentReader.readSegments(file.toFile(),
                        List.of(JpegSegmentType.APP1));
                for (byte[] segment : segments.getSegments(JpegSegmentType.APP1)) {
                    if (ExifReader.startsWithJpegExifPreamble(segment)) {
                        Metadata metadata = new Metadata();
                        new ExifReader().extract(new ByteArrayReader(segment), metadata,
                                ExifReader.JPEG_SEGMENT_PREAMBLE.length());
                        return of(metadata, segment);
                    }
                }
                return NONE;
            }
            return of(ImageMetadataReader.readMetadata(file.toFile()), null);
        } catch (Exception | StackOverflowError e) {
            LOG.info("Unreadable metadata in {}: {}", file.getFileName(), e.toString());
            return NONE;
        }
    }

    private static PhotoMetadata of(Metadata metadata, byte[] exif) {
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        Integer orientation = ifd0 == null ? null : ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
        GeoLocation location = null;
        for (GpsDirectory gps : metadata.getDirectoriesOfType(GpsDirectory.class)) {
            GeoLocation found = gps.getGeoLocation();
            if (found != null && !found.isZero()) {
                location = found;
            }
        }
        int upright = orientation != null && orientation >= 1 && orientation <= 8 ? orientation : 1;
        return new PhotoMetadata(upright, location, exif);
    }
}
