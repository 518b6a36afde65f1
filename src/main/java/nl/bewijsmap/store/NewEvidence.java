package nl.bewijsmap.store;

import java.util.Objects;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.domain.Text;
import nl.bewijsmap.domain.Timestamp;

/**
 * A file about to be added to a dossier as evidence, as intake found it. {@code reading} is the date-time read
 * from the file, or null when none was found; it becomes both the shown date and the kept original reading.
 * {@code needsPassword} marks a PDF that could not be read without its password.
 */
public record NewEvidence(
        EvidenceKind kind,
        String title,
        String note,
        String originalName,
        String sha256,
        long size,
        MediaType mediaType,
        Timestamp reading,
        String warning,
        boolean needsPassword) {

    public NewEvidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mediaType, "mediaType");
        title = Text.clean(title);
        note = Text.clean(note);
        originalName = Text.clean(originalName);
        warning = Text.clean(warning);
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256 in lower-case hex: " + sha256);
        }
        if (size < 0) {
            throw new IllegalArgumentException("A file size cannot be negative: " + size);
        }
    }
}
