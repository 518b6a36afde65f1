package nl.bewijsmap.cli;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import nl.bewijsmap.app.ProblemTexts;
import nl.bewijsmap.domain.CallDetails;
import nl.bewijsmap.domain.CallEntry;
import nl.bewijsmap.domain.DossierEvent;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimelineEntry;

/**
 * One item of {@code timeline --json}: what every item has ({@code id}, {@code type}, {@code kind}, when, {@code
 * title}), then the text fields of its own type. Text the consumer left empty is null, like import's warning.
 */
sealed interface TimelineJson permits TimelineJson.Evidence, TimelineJson.Call, TimelineJson.Event,
        TimelineJson.Deadline {

    long id();

    String type();

    String kind();

    String title();

    /** The JSON shape of an entry; a new kind of timeline entry is one more case here. */
    static TimelineJson of(TimelineEntry entry) {
        if (entry instanceof TimelineEntry.OfEvidence evidence) {
            return Evidence.of(evidence.item());
        }
        if (entry instanceof TimelineEntry.OfCall call) {
            return Call.of(call.call());
        }
        if (entry instanceof TimelineEntry.OfEvent event) {
            return Event.of(event.event());
        }
        if (entry instanceof TimelineEntry.OfDeadline deadline) {
            return Deadline.of(deadline);
        }
        throw new IllegalArgumentException("timeline --json has no shape for " + entry.getClass().getSimpleName());
    }

    /** When an item happened, in the same fields as {@code import --json}, plus how precise it is. */
    record When(String occurredAt, String precision, String offset, String timestampSource) {
        static When of(Timestamp at) {
            return new When(Times.local(at), Times.precision(at), Times.offset(at), Times.source(at));
        }
    }

    /** A piece of evidence. */
    record Evidence(long id, String type, String kind, @JsonUnwrapped When when, String title, String note,
                    String originalName, String sha256, String warning) implements TimelineJson {
        static Evidence of(EvidenceItem item) {
            String warning = ProblemTexts.describe(ProblemTexts.decode(item.warning()), Locale.ENGLISH);
            return new Evidence(item.id(), "evidence", item.kind().cliName(), When.of(item.occurredAt()),
                    Titles.of(item), orNull(item.note()), orNull(item.originalName()), item.sha256(), orNull(warning));
        }
    }

    /** A phone call; its duration in minutes, with a fraction when it was given in seconds. */
    record Call(long id, String type, String kind, @JsonUnwrapped When when, String title, String agent,
                String department, String reference, String direction, Number durationMinutes, String summary,
                String agreements, String followUp) implements TimelineJson {
        static Call of(CallEntry call) {
            CallDetails d = call.details();
            return new Call(call.id(), "call", "call", When.of(d.startedAt()), Titles.of(call), orNull(d.agent()),
                    orNull(d.department()), orNull(d.reference()), d.direction().name().toLowerCase(Locale.ROOT),
                    minutes(d.duration()), orNull(d.summary()), orNull(d.agreements()),
                    d.followUp() == null ? null : d.followUp().toString());
        }

        private static Number minutes(Duration duration) {
            if (duration == null) {
                return null;
            }
            long seconds = duration.toSeconds();
            if (seconds % 60 == 0) {
                return seconds / 60;
            }
            return Math.round(seconds * 100 / 60.0) / 100.0;
        }
    }

    /** A note or an event without a document. */
    record Event(long id, String type, String kind, @JsonUnwrapped When when, String title, String text)
            implements TimelineJson {
        static Event of(DossierEvent event) {
            return new Event(event.id(), "event", event.kind().cliName(), When.of(event.occurredAt()),
                    Titles.of(event), orNull(event.text()));
        }
    }

    /**
     * A deadline on its last day, computed rather than recorded: its number is the rule's place in the list of rules,
     * its kind the rule, its title the rule's name; the rest as in {@code deadlines --json}.
     */
    record Deadline(long id, String type, String kind, @JsonUnwrapped When when, String title, String status,
                    LocalDate due, String explanation, String source) implements TimelineJson {
        static Deadline of(TimelineEntry.OfDeadline entry) {
            DeadlineJson line = DeadlineJson.of(entry.deadline());
            return new Deadline(entry.id(), "deadline", entry.deadline().rule().cliName(), When.of(entry.at()),
                    line.name(), line.status(), line.due(), line.explanation(), line.source());
        }
    }

    private static String orNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
