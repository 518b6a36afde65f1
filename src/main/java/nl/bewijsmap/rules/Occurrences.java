package nl.bewijsmap.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.bewijsmap.domain.CallDirection;
import nl.bewijsmap.domain.CallEntry;
import nl.bewijsmap.domain.DossierContents;
import nl.bewijsmap.domain.DossierEvent;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.EvidenceKind;

/**
 * When things happened in a dossier, by day. Every question takes a floor: what happened before the fact it depends
 * on (a reply before the complaint, a notice before the defect was found) answers something else and is ignored.
 */
final class Occurrences {

    private static final Set<EventKind> WRITTEN_NOTICES = Set.of(EventKind.COMPLAINT_SENT,
            EventKind.NOTICE_OF_DEFAULT_SENT);

    private final DossierContents contents;

    Occurrences(DossierContents contents) {
        this.contents = contents;
    }

    /** The first day on or after {@code floor} (null: any day) of an event of one of these kinds. */
    Optional<LocalDate> first(LocalDate floor, EventKind... kinds) {
        Set<EventKind> wanted = Set.of(kinds);
        return earliest(contents.events().stream().filter(event -> wanted.contains(event.kind()))
                .map(Occurrences::day), floor);
    }

    /**
     * The last day from {@code floor} (null: any day) up to and including {@code until} of an event of one of these
     * kinds.
     */
    Optional<LocalDate> last(LocalDate floor, LocalDate until, EventKind... kinds) {
        Set<EventKind> wanted = Set.of(kinds);
        return latest(contents.events().stream().filter(event -> wanted.contains(event.kind()))
                .map(Occurrences::day), floor, until);
    }

    /**
     * The last day from {@code floor} up to and including {@code until} the consumer turned to the seller, or past
     * the seller, in writing: a complaint, a notice of default, a withdrawal, a letter or email to the seller kept as
     * evidence, or the start of mediation.
     */
    Optional<LocalDate> lastWrittenStep(LocalDate floor, LocalDate until) {
        Stream<LocalDate> events = last(floor, until, EventKind.COMPLAINT_SENT, EventKind.NOTICE_OF_DEFAULT_SENT,
                EventKind.WITHDRAWAL_SENT, EventKind.MEDIATION_STARTED).stream();
        Stream<LocalDate> letters = contents.evidence().stream()
                .filter(item -> item.kind() == EvidenceKind.CORRESPONDENCE_OUT && item.occurredAt() != null)
                .map(Occurrences::day);
        return latest(Stream.concat(events, letters), floor, until);
    }

    /**
     * The first day on or after {@code floor} the consumer told the seller about the problem: a written complaint or
     * notice of default, a letter or email to the seller kept as evidence, or a phone call the consumer made. The law
     * asks no form for this notice, so a call counts; but only an outgoing one, because a call from the seller says
     * nothing about what the consumer reported. A notice by phone is hard to prove; the explanation of
     * {@code DEFECT_NOTICE} says so and advises writing.
     */
    Optional<LocalDate> firstNotice(LocalDate floor) {
        Stream<LocalDate> written = contents.events().stream().filter(e -> WRITTEN_NOTICES.contains(e.kind()))
                .map(Occurrences::day);
        Stream<LocalDate> letters = firstLetter(floor).stream();
        Stream<LocalDate> calls = contents.calls().stream()
                .filter(call -> call.details().direction() == CallDirection.OUTGOING).map(Occurrences::day);
        return earliest(Stream.of(written, letters, calls).flatMap(s -> s), floor);
    }

    /**
     * The first day on or after {@code floor} the seller answered: an event of one of these kinds, or a dated letter
     * or email from the seller kept as evidence ({@code CORRESPONDENCE_IN}), which counts as a reply.
     */
    Optional<LocalDate> firstFromSeller(LocalDate floor, EventKind... kinds) {
        Optional<LocalDate> event = first(floor, kinds);
        Optional<LocalDate> letter = firstDated(EvidenceKind.CORRESPONDENCE_IN, floor);
        return earliest(Stream.of(event, letter).flatMap(Optional::stream), floor);
    }

    /**
     * The day of the first written complaint to the seller, the fact the reply term and the Geschillencommissie window
     * count from: the first complaint recorded as an event (from the order date on); without one, the first dated
     * letter or email to the seller kept as evidence from the day the defect was discovered on (without a discovery
     * date, from the order date), as a letter before the discovery was about something else. Empty when neither is
     * known, e.g. when the only letter to the seller has no date.
     */
    Optional<LocalDate> firstComplaint() {
        return first(contents.facts().orderDate(), EventKind.COMPLAINT_SENT).or(() -> firstLetter(problemSince()));
    }

    /**
     * From when what happened counts as being about the problem: the day the defect was discovered, else the order
     * date; null when neither is known.
     */
    LocalDate problemSince() {
        LocalDate discovered = contents.facts().discoveredDate();
        return discovered != null ? discovered : contents.facts().orderDate();
    }

    /** The first day on or after {@code floor} of a letter or email to the seller kept as evidence. */
    Optional<LocalDate> firstLetter(LocalDate floor) {
        return firstDated(EvidenceKind.CORRESPONDENCE_OUT, floor);
    }

    private Optional<LocalDate> firstDated(EvidenceKind kind, LocalDate floor) {
        return earliest(contents.evidence().stream()
                .filter(item -> item.kind() == kind && item.occurredAt() != null)
                .map(Occurrences::day), floor);
    }

    /**
     * The first day the dossier shows the goods were in the consumer's hands: the delivery date, the day a defect was
     * discovered in them, or a repair or a return of them (recorded as events, from the order date on). Photos and
     * videos do not count: they may show the shop's model, a parcel or a screen rather than goods received.
     */
    Optional<LocalDate> goodsInHand() {
        LocalDate order = contents.facts().orderDate();
        Stream<LocalDate> facts = Stream.of(contents.facts().deliveryDate(), contents.facts().discoveredDate())
                .filter(Objects::nonNull);
        Stream<LocalDate> events = first(order, EventKind.REPAIR, EventKind.RETURN_SHIPPED).stream();
        return earliest(Stream.concat(facts, events), null);
    }

    /** Whether the consumer complained in writing: a complaint event or a letter or email to the seller. */
    boolean hasWrittenComplaint() {
        return contents.events().stream().anyMatch(event -> event.kind() == EventKind.COMPLAINT_SENT)
                || contents.evidence().stream().anyMatch(item -> item.kind() == EvidenceKind.CORRESPONDENCE_OUT);
    }

    private static Optional<LocalDate> earliest(Stream<LocalDate> days, LocalDate floor) {
        return days.filter(day -> floor == null || !day.isBefore(floor)).min(LocalDate::compareTo);
    }

    private static Optional<LocalDate> latest(Stream<LocalDate> days, LocalDate floor, LocalDate until) {
        return days.filter(day -> (floor == null || !day.isBefore(floor)) && !day.isAfter(until))
                .max(LocalDate::compareTo);
    }

    static LocalDate day(DossierEvent event) {
        return event.occurredAt().local().toLocalDate();
    }

    static LocalDate day(CallEntry call) {
        return call.startedAt().local().toLocalDate();
    }

    static LocalDate day(EvidenceItem item) {
        return item.occurredAt().local().toLocalDate();
    }
}
