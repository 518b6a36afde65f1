package nl.bewijsmap.domain;

import java.util.Objects;

/** One phone call in a dossier's call log, with when it was written down. */
public record CallEntry(long id, long dossierId, CallDetails details, Timestamp recordedAt) {

    public CallEntry {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public Timestamp startedAt() {
        return details.startedAt();
    }
}
