package nl.bewijsmap.intake;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.drew.lang.Rational;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Offers a photo's date fields to a {@link ReadingBuilder}, best first. */
final class PhotoDates {

    private static final Logger LOG = LoggerFactory.getLogger(PhotoDates.class);

    /** XMP properties that say when the picture was made, in the order exiftool-based tools prefer them. */
    private static final List<String[]> XMP_DATES = List.of(
            new String[] {XMPConst.NS_EXIF, "DateTimeOriginal"},
            new String[] {XMPConst.NS_XMP, "CreateDate"},
            new String[] {XMPConst.NS_PHOTOSHOP, "DateCreated"});

    private PhotoDates() {
    }

    /**
     * EXIF DateTimeOriginal, DateTimeDigitized, GPS (UTC), XMP, and last IFD0 DateTime. XMP comes before
     * IFD0 DateTime because DateTime is rewritten by every editor that saves the file (a modification time).
     */
    static boolean offerAll(Metadata metadata, ReadingBuilder builder) {
        boolean anyExif = false;
        for (ExifSubIFDDirectory exif : metadata.getDirectoriesOfType(ExifSubIFDDirectory.class)) {
            anyExif = true;
            offerExif(exif, ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL, ExifSubIFDDirectory.TAG_TIME_ZONE_ORIGINAL,
                    TimestampSource.EXIF_ORIGINAL, builder);
        }
        for (ExifSubIFDDirectory exif : metadata.getDirectoriesOfType(ExifSubIFDDirectory.class)) {
            offerExif(exif, ExifSubIFDDirectory.TAG_DATETIME_DIGITIZED,
                    ExifSubIFDDirectory.TAG_TIME_ZONE_DIGITIZED, TimestampSource.EXIF_DIGITIZED, builder);
        }
        for (GpsDirectory gps : metadata.getDirectoriesOfType(GpsDirectory.class)) {
            builder.offer(gpsTime(gps));
        }
        for (XmpDirectory xmp : metadata.getDirectoriesOfType(XmpDirectory.class)) {
            offerXmp(xmp.getXMPMeta(), builder);
        }
        String zone = null;
        for (ExifSubIFDDirectory exif : metadata.getDirectoriesOfType(ExifSubIFDDirectory.class)) {
            zone = zone != null ? zone : exif.getString(ExifSubIFDDirectory.TAG_TIME_ZONE);
        }
        for (ExifIFD0Directory ifd0 : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
            anyExif = true;
            String ownZone = ifd0.getString(ExifIFD0Directory.TAG_TIME_ZONE);
            offerValue(ifd0.getString(ExifIFD0Directory.TAG_DATETIME), ownZone != null ? ownZone : zone,
                    TimestampSource.EXIF_DATETIME, builder);
        }
        return anyExif;
    }

    private static void offerExif(Directory dir, int dateTag, int zoneTag, TimestampSource source,
            ReadingBuilder builder) {
        offerValue(dir.getString(dateTag), dir.getString(zoneTag), source, builder);
    }

    private static void offerValue(String value, String zone, TimestampSource source, ReadingBuilder builder) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (Dates.isZeroDate(value)) {
            builder.notePlaceholder(value.strip());
            return;
        }
        builder.offer(Dates.parse(value, zone, source));
    }

    static void offerXmp(XMPMeta meta, ReadingBuilder builder) {
        if (meta == null) {
            return;
        }
        for (String[] property : XMP_DATES) {
            try {
                offerValue(meta.getPropertyString(property[0], property[1]), null, TimestampSource.XMP, builder);
            } catch (XMPException | RuntimeException e) {
                // A malformed property is the same as a missing one here; the others may still hold the date.
                LOG.debug("unreadable XMP date {}: {}", property[1], e.toString());
            }
        }
    }

    /** GPS date and time are UTC by the EXIF specification. */
    static Timestamp gpsTime(GpsDirectory gps) {
        String date = gps.getString(GpsDirectory.TAG_DATE_STAMP);
        Rational[] time = gps.getRationalArray(GpsDirectory.TAG_TIME_STAMP);
        if (date == null || time == null || time.length < 3 || !date.strip().matches("\\d{4}:\\d{2}:\\d{2}")) {
            return null;
        }
        try {
            String[] parts = date.strip().split(":");
            LocalDate day = LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[2]));
            double seconds = time[0].doubleValue() * 3600 + time[1].doubleValue() * 60 + time[2].doubleValue();
            if (!(seconds >= 0 && seconds < 86_400)) {
                return null;
            }
            LocalDateTime local = day.atStartOfDay().plusSeconds((long) seconds);
            return new Timestamp(local, ZoneOffset.UTC, TimestampSource.GPS, Precision.SECOND);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
