package nl.bewijsmap.domain;

import java.util.Objects;

/**
 * One stored piece of evidence in a dossier. {@code occurredAt} is what the app shows and sorts by;
 * {@code originalReading} is what the file itself said at import (kept when the user corrects the
 * date). Both may be null when nothing trustworthy was found.
 */
public record EvidenceItem(
        long id,
        long dossierId,
        EvidenceKind kind,
        String title,
        String note,
        String originalName,
        String sha256,
        long size,
        MediaType mediaType,
        Timestamp occurredAt,
        Timestamp originalReading,
        String warning,
        Timestamp importedAt) {

    public EvidenceItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(importedAt, "importedAt");
        title = Text.clean(title);
        note = Text.clean(note);
        originalName = Text.clean(originalName);
        warning = Text.clean(warning);
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256 in lower-case hex: " + sha256);
        }
    }

    /** Whether the user changed the date the file gave. */
    public boolean dateCorrected() {
        return occurredAt != null && occurredAt.source() == TimestampSource.USER;
    }
}
