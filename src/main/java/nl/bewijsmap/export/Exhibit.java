package nl.bewijsmap.export;

import java.util.Objects;
import nl.bewijsmap.domain.CallEntry;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimelineEntry;

/**
 * One exhibit of the package ("Bijlage 7"): a piece of evidence or a phone call, numbered in the order of the
 * chronology. Notes and events are chronology lines only: their whole text is in the chronology.
 */
record Exhibit(int number, TimelineEntry entry) {

    Exhibit {
        if (number < 1) {
            throw new IllegalArgumentException("Exhibits count from 1: " + number);
        }
        Objects.requireNonNull(entry, "entry");
        if (!(entry instanceof TimelineEntry.OfEvidence) && !(entry instanceof TimelineEntry.OfCall)) {
            throw new IllegalArgumentException("Only evidence and calls are exhibits: " + entry);
        }
    }

    /** The piece of evidence, or null when this exhibit is a call. */
    EvidenceItem evidence() {
        return entry instanceof TimelineEntry.OfEvidence e ? e.item() : null;
    }

    /** The call, or null when this exhibit is a piece of evidence. */
    CallEntry call() {
        return entry instanceof TimelineEntry.OfCall c ? c.call() : null;
    }

    Timestamp at() {
        return entry.at();
    }

    /** The key links to this exhibit's first page use. */
    String target() {
        return "exhibit:" + number;
    }
}
