package nl.bewijsmap.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.Deadline;
import nl.bewijsmap.domain.DeadlineRule;
import nl.bewijsmap.domain.DeadlineStatus;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.DossierContents;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.NextStep;
import nl.bewijsmap.domain.Phase;
import nl.bewijsmap.domain.PhaseAdvice;
import nl.bewijsmap.domain.Route;
import nl.bewijsmap.domain.RouteFacts;
import nl.bewijsmap.domain.Seller;

/**
 * Tells where a dispute stands and what the consumer can do next, with the route that fits the seller and country:
 *
 * <ul>
 * <li>NL, WebwinkelKeur shop: WebwinkelKeur's mediation, then DigiDispuut (binding, for a fee).
 * <li>NL, Thuiswinkel Waarborg member or affiliated with De Geschillencommissie: De Geschillencommissie, from 4 weeks
 * after the written complaint (at once after a refusal) until 12 months after it.
 * <li>NL, seller elsewhere in the EU (its address names another country) without one of those: the ECC.
 * <li>NL, no dispute body: a notice of default, then the kantonrechter. With the dispute body still unknown, first
 * find out (the seller's terms usually say); with another dispute body, go there.
 * <li>BE: the Consumentenombudsdienst (free, not binding), then the vrederechter; a seller elsewhere in the EU: the
 * ECC.
 * </ul>
 * Before any of these the consumer complains in writing and gives the seller time to answer.
 *
 * <p>When the seller repaired the product or refunded the consumer ({@code REPAIR}, {@code REFUND_RECEIVED}, on a day
 * that has come) after the consumer's last written step (complaint, notice of default, withdrawal, letter or email to
 * the seller, mediation), the next step on every route is to check whether that solved the problem and to close the
 * dossier if it did ({@link NextStep#CHECK_SOLUTION}). A consumer it did not satisfy writes to the seller again, and
 * the route goes on from there. Only what happened since the defect was discovered (else since the order) counts.
 *
 * <p>After a notice of default (NL, no dispute body) the court comes only when the problem is still unsolved: once
 * the final term is over, whether the seller let it pass in silence or only answered, or at once when the seller
 * refused after the notice (in default without waiting, art. 6:83 sub c BW). Until then the consumer waits. The term
 * is that of the first notice of default.
 *
 * <p>The advice is general information, never legal advice: the texts say so ({@code guide.disclaimer}).
 */
public final class PhaseGuide {

    private final RuleBook book;
    private final Deadlines deadlines;

    public PhaseGuide(RuleBook book) {
        this.book = book;
        this.deadlines = new Deadlines(book);
    }

    public static PhaseGuide standard() {
        return new PhaseGuide(RuleBook.standard());
    }

    public PhaseAdvice advise(DossierContents contents, LocalDate today) {
        return advise(contents, deadlines.compute(contents, today), today);
    }

    /** The advice, given the deadlines already computed for the same contents and day (so they are not again). */
    public PhaseAdvice advise(DossierContents contents, List<Deadline> computed, LocalDate today) {
        Map<DeadlineRule, Deadline> byRule = new EnumMap<>(DeadlineRule.class);
        computed.forEach(deadline -> byRule.put(deadline.rule(), deadline));
        Function<DeadlineRule, Optional<Deadline>> deadline = rule -> Optional.ofNullable(byRule.get(rule));
        List<Route> routes = routes(contents);
        List<RouteFacts> facts = new ArrayList<>();
        routes.forEach(route -> book.route(route).ifPresent(facts::add));
        Optional<Deadline> earliest = deadline.apply(DeadlineRule.GESCHILLENCOMMISSIE_EARLIEST);
        Optional<Deadline> latest = deadline.apply(DeadlineRule.GESCHILLENCOMMISSIE_LATEST);
        NextStep step = step(contents, routes.get(0), earliest, latest, deadline, today);
        return new PhaseAdvice(contents.dossier().phase(), step, routes, facts,
                earliest.map(Deadline::due).orElse(null), latest.map(Deadline::due).orElse(null));
    }

    /** The routes that fit the seller and country, in the order to take them. */
    static List<Route> routes(DossierContents contents) {
        Seller seller = contents.seller();
        boolean abroad = SellerCountry.of(seller.address().country(), contents.country())
                == SellerCountry.Where.ECC_AREA;
        if (contents.country() == Country.BE) {
            return abroad ? List.of(Route.ECC) : List.of(Route.CONSUMENTENOMBUDSDIENST, Route.VREDERECHTER);
        }
        if (seller.keurmerk() == Keurmerk.WEBWINKELKEUR) {
            return List.of(Route.WEBWINKELKEUR, Route.DIGIDISPUUT);
        }
        if (Deadlines.affiliatedWithGeschillencommissie(seller)) {
            return List.of(Route.GESCHILLENCOMMISSIE);
        }
        if (seller.disputeBody() == DisputeBody.DIGIDISPUUT) {
            return List.of(Route.DIGIDISPUUT);
        }
        return abroad ? List.of(Route.ECC) : List.of(Route.KANTONRECHTER);
    }

    private NextStep step(DossierContents contents, Route route, Optional<Deadline> earliest,
            Optional<Deadline> latest, Function<DeadlineRule, Optional<Deadline>> deadline, LocalDate today) {
        Phase phase = contents.dossier().phase();
        Occurrences occurrences = new Occurrences(contents);
        if (phase == Phase.CLOSED) {
            return NextStep.NONE;
        }
        if (phase == Phase.COURT) {
            return NextStep.AWAIT_COURT;
        }
        if (phase == Phase.DISPUTE_BODY || occurrences.first(null, EventKind.DISPUTE_FILED).isPresent()) {
            return NextStep.AWAIT_DECISION;
        }
        if (solutionToCheck(occurrences, today)) {
            return NextStep.CHECK_SOLUTION;
        }
        if (!occurrences.hasWrittenComplaint()) {
            return NextStep.COMPLAIN_IN_WRITING;
        }
        if (route == Route.GESCHILLENCOMMISSIE) {
            return geschillencommissie(earliest, latest);
        }
        if (replyPending(deadline)) {
            return NextStep.WAIT_FOR_REPLY;
        }
        boolean mediated = phase == Phase.MEDIATION
                || occurrences.first(null, EventKind.MEDIATION_STARTED).isPresent();
        return switch (route) {
            case WEBWINKELKEUR -> mediated ? NextStep.FILE_WITH_DIGIDISPUUT : NextStep.ASK_WEBWINKELKEUR;
            case DIGIDISPUUT -> NextStep.FILE_WITH_DIGIDISPUUT;
            case ECC -> NextStep.ASK_ECC;
            case CONSUMENTENOMBUDSDIENST -> mediated ? NextStep.GO_TO_VREDERECHTER
                    : NextStep.ASK_CONSUMENTENOMBUDSDIENST;
            default -> towardsCourt(contents, occurrences, deadline, today);
        };
    }

    private static NextStep geschillencommissie(Optional<Deadline> earliest, Optional<Deadline> latest) {
        if (earliest.isEmpty() || latest.isEmpty()) {
            // Complained only by a letter kept as evidence that has no date: the dates cannot be given.
            return NextStep.FILE_WITH_GESCHILLENCOMMISSIE;
        }
        if (latest.get().status() == DeadlineStatus.PASSED) {
            return NextStep.GESCHILLENCOMMISSIE_TOO_LATE;
        }
        return earliest.get().status() == DeadlineStatus.OPEN ? NextStep.WAIT_FOR_GESCHILLENCOMMISSIE
                : NextStep.FILE_WITH_GESCHILLENCOMMISSIE;
    }

    /** NL without a dispute body: find out whether there is one, then a notice of default, then the court. */
    private static NextStep towardsCourt(DossierContents contents, Occurrences occurrences,
            Function<DeadlineRule, Optional<Deadline>> deadline, LocalDate today) {
        DisputeBody body = contents.seller().disputeBody();
        if (body == DisputeBody.UNKNOWN) {
            return NextStep.FIND_DISPUTE_BODY;
        }
        if (body == DisputeBody.OTHER) {
            return NextStep.FILE_WITH_OTHER_BODY;
        }
        Optional<Deadline> notice = deadline.apply(DeadlineRule.NOTICE_OF_DEFAULT);
        if (notice.isEmpty()) {
            return NextStep.SEND_NOTICE_OF_DEFAULT;
        }
        // A repair or refund since the last letter was dealt with above: what is left is an unsolved problem.
        Deadline term = notice.get();
        boolean refused = occurrences.last(term.countsFrom(), today, EventKind.SELLER_REFUSED).isPresent();
        return refused || today.isAfter(term.due()) ? NextStep.GO_TO_KANTONRECHTER : NextStep.WAIT_FOR_NOTICE_TERM;
    }

    /** Whether the seller repaired or refunded, by today, after the consumer's last written step (see above). */
    private static boolean solutionToCheck(Occurrences occurrences, LocalDate today) {
        LocalDate since = occurrences.problemSince();
        Optional<LocalDate> solved = occurrences.last(since, today, EventKind.REPAIR, EventKind.REFUND_RECEIVED);
        if (solved.isEmpty()) {
            return false;
        }
        // On the same day, the repair or refund counts as the answer to the letter.
        return occurrences.lastWrittenStep(since, today).map(step -> !solved.get().isBefore(step)).orElse(true);
    }

    private static boolean replyPending(Function<DeadlineRule, Optional<Deadline>> deadline) {
        return deadline.apply(DeadlineRule.SELLER_REPLY)
                .map(reply -> reply.status() == DeadlineStatus.OPEN).orElse(false);
    }
}
