package nl.bewijsmap.intake;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.mov.QuickTimeDirectory;
import com.drew.metadata.mov.metadata.QuickTimeMetadataDirectory;
import com.drew.metadata.mp4.Mp4Directory;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.ImportDetail;
import nl.bewijsmap.domain.ImportProblem;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads when an MP4/MOV/3GP video was made: Apple's local creation date first, else the movie header (UTC). */
final class VideoReader {

    private static final Logger LOG = LoggerFactory.getLogger(VideoReader.class);

    private final Placeholders placeholders;

    VideoReader(Placeholders placeholders) {
        this.placeholders = placeholders;
    }

    Reading read(Path file) throws Exception {
        ReadingBuilder builder = new ReadingBuilder(placeholders, EvidenceKind.VIDEO);
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(file.toFile());
        } catch (Exception | StackOverflowError e) {
            LOG.info("metadata-extractor could not read video {}: {}", file.getFileName(), e.toString());
            return builder.problem(ImportProblem.DAMAGED, ImportDetail.VIDEO_DETAILS_UNREADABLE.name()).build();
        }
        for (QuickTimeMetadataDirectory apple : metadata.getDirectoriesOfType(QuickTimeMetadataDirectory.class)) {
            // Apple writes local time with its offset, e.g. 2019-07-24T11:25:40+0300: the moment recording began.
            builder.offer(Dates.parse(apple.getString(QuickTimeMetadataDirectory.TAG_CREATION_DATE), null,
                    TimestampSource.QUICKTIME_APPLE));
        }
        boolean header = offerHeader(metadata.getFirstDirectoryOfType(QuickTimeDirectory.class),
                QuickTimeDirectory.TAG_CREATION_TIME, builder);
        header |= offerHeader(metadata.getFirstDirectoryOfType(Mp4Directory.class), Mp4Directory.TAG_CREATION_TIME,
                builder);
        if (!header && !builder.hasTimestamp()) {
            builder.problem(ImportProblem.DAMAGED,
                    ImportDetail.VIDEO_INDEX_MISSING.name());
        }
        return builder.build();
    }

    /** The movie header time counts seconds since 1904 in UTC; zero (1904-01-01) means "not set". */
    private static boolean offerHeader(Directory dir, int tag, ReadingBuilder builder) {
        if (dir == null || !dir.containsTag(tag)) {
            return false;
        }
        Object value = dir.getObject(tag);
        if (value instanceof Date date) {
            LocalDateTime utc = LocalDateTime.ofEpochSecond(Math.floorDiv(date.getTime(), 1000L), 0, ZoneOffset.UTC);
            builder.offer(new Timestamp(utc, ZoneOffset.UTC, TimestampSource.QUICKTIME, Precision.SECOND));
        }
        return true;
    }
}
