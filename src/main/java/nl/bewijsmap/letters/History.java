package nl.bewijsmap.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.bewijsmap.domain.CallDetails;
import nl.bewijsmap.domain.CallDirection;
import nl.bewijsmap.domain.DossierContents;
import nl.bewijsmap.domain.DossierEvent;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.TimelineEntry;

/**
 * What the consumer already tried, for the letters: the calls with the seller and the events of the dossier, oldest
 * first, each as a small map the {@code _history} template words. Private notes stay out, and so does whatever is
 * dated after the letter's own date (a planned visit is no history yet).
 */
final class History {

    /** Events that only the consumer reads. */
    private static final Set<EventKind> PRIVATE = Set.of(EventKind.NOTE);

    private final DossierContents contents;
    private final LocalDate today;
    private final LetterFormat format;

    History(DossierContents contents, LocalDate today, LetterFormat format) {
        this.contents = contents;
        this.today = today;
        this.format = format;
    }

    /** Every call and event up to today, oldest first, as the template reads them. */
    List<Map<String, Object>> entries() {
        List<TimelineEntry> entries = new ArrayList<>();
        contents.calls().forEach(call -> entries.add(new TimelineEntry.OfCall(call)));
        // "Something else" says nothing without the consumer's words.
        contents.events().stream().filter(event -> !PRIVATE.contains(event.kind()))
                .filter(event -> event.kind() != EventKind.OTHER || !event.text().isEmpty())
                .forEach(event -> entries.add(new TimelineEntry.OfEvent(event)));
        return entries.stream()
                .filter(entry -> !entry.at().local().toLocalDate().isAfter(today))
                .sorted(TimelineEntry.OLDEST_FIRST)
                .map(this::entry)
                .toList();
    }

    /**
     * The days the consumer complained in writing: the complaints recorded as events, else the dated letters and
     * emails to the seller kept as evidence since the problem began (the same facts the reply term counts from).
     */
    List<LocalDate> complaintDays() {
        List<LocalDate> days = contents.events().stream().filter(event -> event.kind() == EventKind.COMPLAINT_SENT)
                .map(event -> event.occurredAt().local().toLocalDate())
                .filter(day -> !day.isAfter(today)).sorted().distinct().toList();
        if (!days.isEmpty()) {
            return days;
        }
        LocalDate since = contents.facts().discoveredDate() != null ? contents.facts().discoveredDate()
                : contents.facts().orderDate();
        return contents.evidence().stream()
                .filter(item -> item.kind() == EvidenceKind.CORRESPONDENCE_OUT && item.occurredAt() != null)
                .map(item -> item.occurredAt().local().toLocalDate())
                .filter(day -> (since == null || !day.isBefore(since)) && !day.isAfter(today))
                .sorted().distinct().toList();
    }

    /** The last day up to today an event of this kind happened, or null. */
    LocalDate last(EventKind kind) {
        return contents.events().stream().filter(event -> event.kind() == kind)
                .map(event -> event.occurredAt().local().toLocalDate())
                .filter(day -> !day.isAfter(today)).max(LocalDate::compareTo).orElse(null);
    }

    private Map<String, Object> entry(TimelineEntry entry) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("date", format.date(entry.at().local().toLocalDate()));
        model.put("time", entry.at().precision() == Precision.DAY ? "" : format.time(entry.at().local().toLocalTime()));
        if (entry instanceof TimelineEntry.OfCall call) {
            call(model, call.call().details());
        } else if (entry instanceof TimelineEntry.OfEvent event) {
            event(model, event.event());
        }
        return model;
    }

    private void call(Map<String, Object> model, CallDetails details) {
        model.put("call", true);
        model.put("incoming", details.direction() == CallDirection.INCOMING);
        model.put("agent", details.agent());
        model.put("department", details.department());
        model.put("reference", details.reference());
        model.put("summary", Sentences.sentence(details.summary()));
        model.put("agreements", Sentences.sentence(details.agreements()));
        model.put("text", "");
    }

    private static void event(Map<String, Object> model, DossierEvent event) {
        model.put("call", false);
        model.put(flag(event.kind()), true);
        model.put("text", Sentences.sentence(event.text()));
    }

    /** The section name a template uses for an event kind: {@code SELLER_REFUSED} is {@code sellerRefused}. */
    static String flag(EventKind kind) {
        StringBuilder name = new StringBuilder();
        for (String part : kind.name().toLowerCase(Locale.ROOT).split("_")) {
            name.append(name.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return name.toString();
    }
}
