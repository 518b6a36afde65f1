package nl.bewijsmap.domain;

import java.util.Objects;

/**
 * A note or an event without a document in a dossier: when it happened as the consumer gives it, what kind it is
 * and the consumer's text; with when it was written down.
 */
public record DossierEvent(long id, long dossierId, EventKind kind, Timestamp occurredAt, String text,
        Timestamp recordedAt) {

    public DossierEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        text = Text.clean(text);
    }
}
