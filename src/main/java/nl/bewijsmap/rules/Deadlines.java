package nl.bewijsmap.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.Deadline;
import nl.bewijsmap.domain.DeadlineRule;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.DossierContents;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.Seller;

/**
 * Computes the deadlines that apply to a dossier's facts on a given day, sorted by due date.
 *
 * <p>Every period counts from the day after its fact and runs in calendar days, weeks, months or years; a month
 * that lacks the day ends on its last day (see {@link nl.bewijsmap.domain.Term#endFrom}). Only rules the data file
 * marks so move an end on a weekend or public holiday to the next working day. A rule is left out when the fact it
 * counts from is unknown. When an event happened more than once, the first counts; events before the order date
 * are ignored. What each rule means and when it is met is described in {@link DeadlineStatuses}.
 *
 * <p>Left out on purpose: the Dutch legal guarantee ({@code GUARANTEE_END}) has no fixed end (art. 7:17 BW: as long
 * as the product can reasonably be expected to last), so no date is computed for NL. The Geschillencommissie rules
 * apply only when the seller is known to be affiliated (dispute body Geschillencommissie or Thuiswinkel Waarborg);
 * with an unknown dispute body no dates are shown, as they could mislead, and the next step asks to find out.
 */
public final class Deadlines {

    private final RuleBook book;
    private final WorkingDays workingDays;

    public Deadlines(RuleBook book) {
        this.book = book;
        this.workingDays = new WorkingDays(new Holidays(book));
    }

    public static Deadlines standard() {
        return new Deadlines(RuleBook.standard());
    }

    /** The deadlines that apply to the dossier, as they stand on {@code today}, earliest first. */
    public List<Deadline> compute(DossierContents contents, LocalDate today) {
        Occurrences occurrences = new Occurrences(contents);
        List<Deadline> deadlines = new ArrayList<>();
        for (DeadlineRule rule : DeadlineRule.values()) {
            deadline(rule, contents, occurrences, today).ifPresent(deadlines::add);
        }
        deadlines.sort(Comparator.comparing(Deadline::due).thenComparing(Deadline::rule));
        return List.copyOf(deadlines);
    }

    /** One deadline, when it applies to the dossier. */
    public Optional<Deadline> compute(DeadlineRule rule, DossierContents contents, LocalDate today) {
        return deadline(rule, contents, new Occurrences(contents), today);
    }

    private Optional<Deadline> deadline(DeadlineRule rule, DossierContents contents, Occurrences occurrences,
            LocalDate today) {
        Optional<RuleEntry> found = book.rule(rule, contents.country());
        if (found.isEmpty() || !applies(rule, contents, occurrences)) {
            return Optional.empty();
        }
        RuleEntry entry = found.get();
        Optional<LocalDate> from = Anchors.date(entry.countsFrom(), contents.facts(), occurrences);
        if (from.isEmpty()) {
            return Optional.empty();
        }
        LocalDate end = end(entry, contents, occurrences, from.get());
        LocalDate due = entry.rollsToWorkingDay() ? workingDays.rollForward(end, entry.country()) : end;
        Outcome outcome = DeadlineStatuses.outcome(rule, contents.facts(), occurrences, from.get(), due, today);
        return Optional.of(new Deadline(rule, entry.country(), due, outcome.status(), entry.countsFrom(), from.get(),
                entry.periodFor(purchaseDate(contents.facts())), due.equals(end) ? null : end, outcome.settledOn(),
                entry.source()));
    }

    /** The unmoved end; a rule that never ends before another takes the later of the two (BE limitation). */
    private LocalDate end(RuleEntry entry, DossierContents contents, Occurrences occurrences, LocalDate from) {
        LocalDate end = entry.periodFor(purchaseDate(contents.facts())).endFrom(from);
        if (entry.notBefore() != null) {
            Optional<RuleEntry> floor = book.rule(entry.notBefore(), entry.country());
            if (floor.isPresent()) {
                Optional<LocalDate> floorFrom = Anchors.date(floor.get().countsFrom(), contents.facts(), occurrences);
                if (floorFrom.isPresent()) {
                    LocalDate floorEnd = end(floor.get(), contents, occurrences, floorFrom.get());
                    end = floorEnd.isAfter(end) ? floorEnd : end;
                }
            }
        }
        return end;
    }

    /**
     * Conditions beyond the fact a rule counts from. {@code DELIVERY} applies to every distance sale; to a purchase in
     * a shop only while nothing shows the goods came (a delivery date, a defect discovered in them, a repair or a
     * return: see {@link Occurrences#goodsInHand}), as goods bought in a shop are usually taken home at once and the
     * 30 days matter only for goods the shop still has to deliver.
     */
    private static boolean applies(DeadlineRule rule, DossierContents contents, Occurrences occurrences) {
        DossierFacts facts = contents.facts();
        return switch (rule) {
            case WITHDRAWAL -> facts.distanceSale();
            case DELIVERY -> facts.distanceSale() || occurrences.goodsInHand().isEmpty();
            case GESCHILLENCOMMISSIE_EARLIEST, GESCHILLENCOMMISSIE_LATEST ->
                contents.country() == Country.NL && affiliatedWithGeschillencommissie(contents.seller());
            default -> true;
        };
    }

    /** Whether the seller is known to answer to De Geschillencommissie (Thuiswinkel Waarborg members do). */
    static boolean affiliatedWithGeschillencommissie(Seller seller) {
        return seller.disputeBody() == DisputeBody.GESCHILLENCOMMISSIE
                || seller.keurmerk() == Keurmerk.THUISWINKEL_WAARBORG;
    }

    /** The day the contract was made: the order date, else the delivery date. */
    static LocalDate purchaseDate(DossierFacts facts) {
        return facts.orderDate() != null ? facts.orderDate() : facts.deliveryDate();
    }
}
