package nl.bewijsmap.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.ImportProblem;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the date, kind, title and email details from inside an evidence file. Never throws for a bad file:
 * whatever a parser throws becomes a warning in the {@link Reading}. Callers run it under a time limit.
 */
public final class MetadataReader {

    private static final Logger LOG = LoggerFactory.getLogger(MetadataReader.class);

    private final Placeholders placeholders;

    public MetadataReader() {
        this(Clock.systemDefaultZone());
    }

    /** The clock decides which dates lie in the future (and so are not trusted). */
    public MetadataReader(Clock clock) {
        this.placeholders = new Placeholders(Objects.requireNonNull(clock, "clock"));
    }

    /** Reads a file whose type was found by {@link Sniffer}; encrypted PDFs are tried with no password. */
    public Reading read(Path file, MediaType type) {
        return guarded(file, type, null);
    }

    /** Reads a PDF again with the password the user gave; a wrong password gives needsPassword again. */
    public Reading readWithPassword(Path file, String password) {
        return guarded(file, MediaType.PDF, password == null ? "" : password);
    }

    /** The file's last-modified time as local time in this computer's zone, with that zone's offset then. */
    public static Timestamp fileModified(Path file) throws IOException {
        Instant modified = Files.getLastModifiedTime(file).toInstant();
        ZoneOffset offset = ZoneId.systemDefault().getRules().getOffset(modified);
        return new Timestamp(LocalDateTime.ofInstant(modified, offset), offset, TimestampSource.FILE_MODIFIED,
                Precision.SECOND);
    }

    private Reading guarded(Path file, MediaType type, String password) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(type, "type");
        try {
            return dispatch(file, type, password);
        } catch (Throwable t) { // parsers throw Errors too (PDFBox on certificate encryption); see Failures
            return Failures.toReading(t, file, kindFor(type));
        }
    }

    private Reading dispatch(Path file, MediaType type, String password) throws Exception {
        switch (type) {
            case JPEG, HEIF, PNG, WEBP, TIFF:
                return new PhotoReader(placeholders).read(file, type);
            case MP4, QUICKTIME, THREE_GPP:
                return new VideoReader(placeholders).read(file);
            case PDF:
                return new PdfReader(placeholders).read(file, password);
            case EMAIL:
                return new EmlReader(placeholders).read(file);
            case OUTLOOK_MSG:
                return new MsgReader(placeholders).read(file);
            case TEXT:
                return new ReadingBuilder(placeholders, EvidenceKind.OTHER).noDateExpected().build();
            default:
                return readUnknown(file);
        }
    }

    /** Unknown files have no date to read, except AVCHD camcorder videos (.mts), which we recognise here. */
    private Reading readUnknown(Path file) throws IOException {
        ReadingBuilder builder = new ReadingBuilder(placeholders, EvidenceKind.OTHER).noDateExpected();
        if (AvchdReader.isTransportStream(Sniffer.readHead(file))) {
            builder.kind(EvidenceKind.VIDEO).offer(AvchdReader.read(file));
        }
        return builder.build();
    }

    static EvidenceKind kindFor(MediaType type) {
        if (type.isImage()) {
            return type == MediaType.PNG ? EvidenceKind.SCREENSHOT : EvidenceKind.PHOTO;
        }
        if (type.isVideo()) {
            return EvidenceKind.VIDEO;
        }
        return type == MediaType.EMAIL || type == MediaType.OUTLOOK_MSG ? EvidenceKind.CORRESPONDENCE_IN
                : EvidenceKind.OTHER;
    }
}
