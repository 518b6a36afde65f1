package nl.bewijsmap.ui.timeline;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.bewijsmap.domain.CallDetails;
import nl.bewijsmap.domain.CallDirection;
import nl.bewijsmap.domain.Deadline;
import nl.bewijsmap.domain.DeadlineStatus;
import nl.bewijsmap.domain.DossierEvent;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimelineEntry;
import nl.bewijsmap.domain.TimestampSource;
import nl.bewijsmap.rules.RuleTexts;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.evidence.EvidenceTexts;
import nl.bewijsmap.ui.standing.DeadlineWarning;

/** Words each timeline entry as a line in the user's language. */
final class TimelineTexts {

    private final I18n i18n;
    private final DateTimeFormatter day;
    private final DateTimeFormatter dayAndTime;
    private final LocalDate today;
    private final RuleTexts rules = RuleTexts.standard();

    TimelineTexts(I18n i18n, LocalDate today) {
        this.i18n = i18n;
        this.today = today;
        Locale locale = i18n.locale();
        this.day = DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale);
        this.dayAndTime = DateTimeFormatter.ofPattern("EEE d MMM yyyy  HH:mm", locale);
    }

    /** A line for the entry; its texts are worded when first asked for. */
    TimelineRow row(TimelineEntry entry) {
        RowType type = entry instanceof TimelineEntry.OfEvidence ? RowType.EVIDENCE
                : entry instanceof TimelineEntry.OfCall ? RowType.CALL
                : entry instanceof TimelineEntry.OfDeadline ? RowType.DEADLINE : RowType.EVENT;
        return new TimelineRow(entry, type, this);
    }

    TimelineRow.Words words(TimelineEntry entry) {
        if (entry instanceof TimelineEntry.OfEvidence evidence) {
            return evidence(evidence);
        }
        if (entry instanceof TimelineEntry.OfCall call) {
            return call(call);
        }
        if (entry instanceof TimelineEntry.OfDeadline deadline) {
            return deadline(deadline.deadline());
        }
        return event((TimelineEntry.OfEvent) entry);
    }

    /** "Tue 3 Mar 2026  14:05", or the day alone when no time is known; "No date" for none. */
    String when(Timestamp at) {
        if (at == null) {
            return i18n.text("timeline.undated");
        }
        return (at.precision() == Precision.DAY ? day : dayAndTime).format(at.local());
    }

    private TimelineRow.Words evidence(TimelineEntry.OfEvidence entry) {
        EvidenceItem item = entry.item();
        String title = item.title().isEmpty() ? item.originalName() : item.title();
        TimestampSource source = item.occurredAt() == null ? TimestampSource.NONE : item.occurredAt().source();
        String detail = i18n.name(item.kind()) + "  ·  " + i18n.text("timeline.source." + source.name());
        return new TimelineRow.Words(when(item.occurredAt()), title, detail,
                EvidenceTexts.isWeak(item), search(title, item.note(), item.originalName(), i18n.name(item.kind())));
    }

    private TimelineRow.Words call(TimelineEntry.OfCall entry) {
        CallDetails call = entry.call().details();
        String who = call.agent().isEmpty() ? i18n.text("timeline.call.someone") : call.agent();
        String title = i18n.text(call.direction() == CallDirection.OUTGOING
                ? "timeline.call.outgoing" : "timeline.call.incoming", who);
        if (!call.department().isEmpty()) {
            title += " (" + call.department() + ")";
        }
        StringBuilder detail = new StringBuilder(i18n.text("timeline.type.CALL"));
        Duration duration = call.duration();
        if (duration != null) {
            detail.append("  ·  ").append(i18n.text("timeline.call.minutes", Math.max(1, duration.toMinutes())));
        }
        detail.append("  ·  ").append(call.hasAgreements()
                ? i18n.text("timeline.call.agreed", firstLine(call.agreements()))
                : i18n.text("timeline.call.noAgreements"));
        return new TimelineRow.Words(when(call.startedAt()), title, detail.toString(),
                !call.hasAgreements(), search(title, call.agent(), call.department(), call.reference(),
                        call.summary(), call.agreements(), i18n.text("timeline.type.CALL")));
    }

    private TimelineRow.Words event(TimelineEntry.OfEvent entry) {
        DossierEvent event = entry.event();
        String kind = i18n.name(event.kind());
        boolean note = event.kind() == EventKind.NOTE;
        String title = note ? firstLine(event.text()) : kind;
        String detail = note ? kind : firstLine(event.text());
        return new TimelineRow.Words(when(event.occurredAt()), title.isEmpty() ? kind : title,
                detail, false, search(kind, event.text()));
    }

    private TimelineRow.Words deadline(Deadline deadline) {
        Locale locale = i18n.locale();
        String name = rules.name(deadline.rule(), locale);
        String status = rules.status(deadline, locale);
        String detail = deadline.status() != DeadlineStatus.OPEN ? status
                : status + "  ·  " + DeadlineWarning.days(deadline, today, i18n);
        boolean attention = deadline.status() == DeadlineStatus.PASSED
                || DeadlineWarning.attention(deadline, today).isPresent();
        return new TimelineRow.Words(day.format(deadline.due()), name, detail, attention,
                search(name, i18n.text("timeline.badge.DEADLINE"), rules.explanation(deadline, locale)));
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    private String search(String... parts) {
        return String.join("\n", parts).toLowerCase(i18n.locale());
    }
}
