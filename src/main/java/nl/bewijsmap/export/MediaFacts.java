package nl.bewijsmap.export;

import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.Rational;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.mov.QuickTimeDirectory;
import com.drew.metadata.mp4.Mp4Directory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.intake.EmailDetails;
import nl.bewijsmap.intake.MetadataReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads what an exhibit's page shows from files that are no picture or PDF: emails, video lengths, plain text. */
final class MediaFacts {

    private static final Logger LOG = LoggerFactory.getLogger(MediaFacts.class);

    private final MetadataReader reader = new MetadataReader();

    /** The email's headers, text and attachments; empty when it cannot be read (never throws). */
    Optional<EmailDetails> email(Path file, MediaType type) {
        try {
            return Optional.ofNullable(reader.read(file, type).email());
        } catch (RuntimeException | LinkageError e) {
            LOG.info("Could not read the email {} for the package: {}", file.getFileName(), e.toString());
            return Optional.empty();
        }
    }

    /** How long a video lasts, from its movie header; empty when it does not say (never throws). */
    static Optional<Duration> videoLength(Path file) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
            for (Class<? extends Directory> type : List.of(QuickTimeDirectory.class, Mp4Directory.class)) {
                for (Directory directory : metadata.getDirectoriesOfType(type)) {
                    Object seconds = directory.getObject(QuickTimeDirectory.TAG_DURATION_SECONDS);
                    if (seconds instanceof Rational r && r.getDenominator() != 0 && r.doubleValue() > 0) {
                        return Optional.of(Duration.ofMillis(Math.round(r.doubleValue() * 1000)));
                    }
                    if (seconds instanceof Number n && n.doubleValue() > 0) {
                        return Optional.of(Duration.ofMillis(Math.round(n.doubleValue() * 1000)));
                    }
                }
            }
        } catch (Exception | StackOverflowError e) {
            LOG.info("No length for the video {}: {}", file.getFileName(), e.toString());
        }
        return Optional.empty();
    }

    /**
     * The text of a plain text file as UTF-8 (else Windows-1252, which reads any byte), at most {@code maxChars}
     * characters and a little more; empty when it holds binary data.
     */
    static Optional<String> text(Path file, int maxChars) throws IOException {
        int limit = maxChars * 4 + 4;
        byte[] read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(limit);
        }
        int end = read.length;
        if (end == limit) {
            // Cut off in the middle of a character: leave its first bytes out.
            while (end > 0 && (read[end - 1] & 0xC0) == 0x80) {
                end--;
            }
            if (end > 0 && (read[end - 1] & 0xC0) == 0xC0) {
                end--;
            }
        }
        byte[] bytes = Arrays.copyOf(read, end);
        for (byte b : bytes) {
            if (b == 0) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.of(new String(bytes, Charset.forName("windows-1252")));
        }
    }
}
