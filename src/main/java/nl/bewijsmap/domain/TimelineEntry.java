package nl.bewijsmap.domain;

import java.util.Comparator;
import java.util.Objects;

/** One line of a dossier's timeline: a piece of evidence, a call, a note or event, or a deadline. */
public sealed interface TimelineEntry {

    /**
     * Oldest first. An entry known only to the day sorts at the start of that day, before the entries of that day
     * with a time; entries at the same moment keep a fixed order by type and number. Undated entries go last.
     */
    Comparator<TimelineEntry> OLDEST_FIRST = TimelineEntry::compareOldestFirst;

    /** When it happened or falls due; null for evidence without a date. */
    Timestamp at();

    /** The number of the item within its own kind (evidence, call, event, deadline). */
    long id();

    /** The dossier item this line shows, to leave it out or find it again; null for a deadline, which is computed. */
    ItemRef ref();

    // A day-only entry is stored at 00:00, so comparing the local date-times and then the precision puts it before
    // every entry of its day with a time, midnight included. Written out: a big dossier sorts this 100,000 times.
    private static int compareOldestFirst(TimelineEntry a, TimelineEntry b) {
        Timestamp at = a.at();
        Timestamp bt = b.at();
        if (at == null || bt == null) {
            if (at != bt) {
                return at == null ? 1 : -1;
            }
        } else {
            int byTime = at.local().compareTo(bt.local());
            if (byTime != 0) {
                return byTime;
            }
            int byPrecision = Boolean.compare(at.precision() != Precision.DAY, bt.precision() != Precision.DAY);
            if (byPrecision != 0) {
                return byPrecision;
            }
        }
        int byType = Integer.compare(a.typeOrder(), b.typeOrder());
        return byType != 0 ? byType : Long.compare(a.id(), b.id());
    }

    /** The line a deadline gets: known to the day, so it sorts at the start of its last day. */
    static Timestamp dueAt(Deadline deadline) {
        return new Timestamp(deadline.due().atStartOfDay(), null, TimestampSource.COMPUTED, Precision.DAY);
    }

    private int typeOrder() {
        if (this instanceof OfEvent) {
            return 0;
        }
        if (this instanceof OfCall) {
            return 1;
        }
        return this instanceof OfEvidence ? 2 : 3;
    }

    /** A piece of evidence, at the date-time it shows. */
    record OfEvidence(EvidenceItem item) implements TimelineEntry {
        public OfEvidence {
            Objects.requireNonNull(item, "item");
        }

        @Override
        public Timestamp at() {
            return item.occurredAt();
        }

        @Override
        public long id() {
            return item.id();
        }

        @Override
        public ItemRef ref() {
            return ItemRef.evidence(item.id());
        }
    }

    /** A phone call, at the moment it started. */
    record OfCall(CallEntry call) implements TimelineEntry {
        public OfCall {
            Objects.requireNonNull(call, "call");
        }

        @Override
        public Timestamp at() {
            return call.startedAt();
        }

        @Override
        public long id() {
            return call.id();
        }

        @Override
        public ItemRef ref() {
            return ItemRef.call(call.id());
        }
    }

    /** A deadline, on its last day; its number is the rule's place in {@link DeadlineRule}. */
    record OfDeadline(Deadline deadline) implements TimelineEntry {
        public OfDeadline {
            Objects.requireNonNull(deadline, "deadline");
        }

        @Override
        public Timestamp at() {
            return dueAt(deadline);
        }

        @Override
        public long id() {
            return deadline.rule().ordinal();
        }

        @Override
        public ItemRef ref() {
            return null;
        }
    }

    /** A note or an event without a document. */
    record OfEvent(DossierEvent event) implements TimelineEntry {
        public OfEvent {
            Objects.requireNonNull(event, "event");
        }

        @Override
        public Timestamp at() {
            return event.occurredAt();
        }

        @Override
        public long id() {
            return event.id();
        }

        @Override
        public ItemRef ref() {
            return ItemRef.event(event.id());
        }
    }
}
