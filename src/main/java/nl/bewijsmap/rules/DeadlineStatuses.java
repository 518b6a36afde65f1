package nl.bewijsmap.rules;

import java.time.LocalDate;
import nl.bewijsmap.domain.DeadlineRule;
import nl.bewijsmap.domain.DeadlineStatus;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.EventKind;

/**
 * When each deadline counts as met or passed. Three kinds of deadline:
 *
 * <ul>
 * <li>The consumer must act in time: met when the act is on or before the due date, passed when the date went by
 * without it (or the act came late).
 * <ul>
 * <li>{@code WITHDRAWAL} (distance sales): 14 days from delivery; met by a withdrawal sent.
 * <li>{@code DEFECT_NOTICE}: 2 months from discovery; met by the first notice to the seller after the discovery:
 * a complaint or notice of default, a letter or email to the seller, or a call the consumer made (see
 * {@link Occurrences#firstNotice}); a call from the seller is no notice. In NL a later notice can still be "within
 * reasonable time"; the 2 months are the period that is always in time.
 * <li>{@code GESCHILLENCOMMISSIE_LATEST}: 12 months from the first complaint (a recorded complaint, else a dated
 * letter or email to the seller kept as evidence: see {@link Occurrences#firstComplaint}); met by a dispute filed.
 * <li>{@code CLAIM_LIMITATION}: NL 2 years from the first notice; BE 1 year from discovery, never before the 2-year
 * guarantee ends; met by a dispute filed. (A written reservation of rights can interrupt it; not modelled.)
 * </ul>
 * <li>The seller must act: met once the seller did, even late, because then the deadline needs no more attention;
 * passed when the date went by without it.
 * <ul>
 * <li>{@code REFUND}: 14 days from the withdrawal; met by a refund received. Counted from the day the withdrawal
 * was sent, the one day the dossier knows; Directive 2011/83/EU art. 13 counts from the day the seller is informed,
 * which for a letter by post is a few days later. The explanation and the warnings say so.
 * <li>{@code NOTICE_OF_DEFAULT}: the final term of 14 days in the notice; met by a reply, a repair or a refund. A
 * refusal does not meet it. (Whether a reply is enough to stop there is for the phase guide: see
 * {@link PhaseGuide}.)
 * <li>{@code SELLER_REPLY}: 14 days to answer the complaint; met by a reply or a refusal, or by a repair or a refund
 * (acting on the complaint answers it too).
 * <li>For both, a reply is a {@code SELLER_REPLY} event or a dated letter or email from the seller kept as evidence
 * ({@code CORRESPONDENCE_IN}), on or after the complaint or notice (see {@link Occurrences#firstFromSeller}).
 * <li>{@code DELIVERY}: 30 days from the order; here the date matters (a late delivery is itself the breach):
 * met when delivered on or before the due date, passed when delivered later or not by then. Without a delivery date,
 * goods known to be in hand by the due date (a defect found in them, a repair, a return) count as delivered in time.
 * For a purchase in a shop it applies only while nothing shows the goods came (see {@link Deadlines}).
 * </ul>
 * <li>A fact decides: {@code PRESUMPTION_END} and {@code GUARANTEE_END} (BE) are met when the defect was discovered
 * on or before their end, passed when it was discovered later or, without a discovery date, when the end went by.
 * <li>A waiting time: {@code GESCHILLENCOMMISSIE_EARLIEST} is open until 4 weeks after the first complaint and met
 * from that day, or at once when the seller refused. Its date is an opening day, not a last day (see
 * {@link DeadlineRule#isOpeningDay}): it is never passed.
 * </ul>
 * Acts and replies count from the day of the fact they answer, that day included.
 */
final class DeadlineStatuses {

    private DeadlineStatuses() {
    }

    static Outcome outcome(DeadlineRule rule, DossierFacts facts, Occurrences occurrences, LocalDate from,
            LocalDate due, LocalDate today) {
        return switch (rule) {
            case WITHDRAWAL -> Outcome.consumerAct(
                    occurrences.first(facts.orderDate(), EventKind.WITHDRAWAL_SENT).orElse(null), due, today);
            case DEFECT_NOTICE -> Outcome.consumerAct(occurrences.firstNotice(from).orElse(null), due, today);
            case GESCHILLENCOMMISSIE_LATEST, CLAIM_LIMITATION ->
                Outcome.consumerAct(occurrences.first(from, EventKind.DISPUTE_FILED).orElse(null), due, today);
            case REFUND -> Outcome.sellerAct(occurrences.first(from, EventKind.REFUND_RECEIVED).orElse(null), due,
                    today);
            case NOTICE_OF_DEFAULT -> Outcome.sellerAct(occurrences.firstFromSeller(from, EventKind.SELLER_REPLY,
                    EventKind.REPAIR, EventKind.REFUND_RECEIVED).orElse(null), due, today);
            case SELLER_REPLY -> Outcome.sellerAct(occurrences.firstFromSeller(from, EventKind.SELLER_REPLY,
                    EventKind.SELLER_REFUSED, EventKind.REPAIR, EventKind.REFUND_RECEIVED).orElse(null), due, today);
            case DELIVERY -> delivery(facts, occurrences, due, today);
            case PRESUMPTION_END, GUARANTEE_END -> Outcome.factWithin(facts.discoveredDate(), due, today);
            case GESCHILLENCOMMISSIE_EARLIEST -> earliestFiling(
                    occurrences.first(from, EventKind.SELLER_REFUSED).orElse(null), due, today);
        };
    }

    /**
     * Delivered on the delivery date; without one, goods known to be in hand by the due date (a defect found in them,
     * a repair, a return) were delivered in time. Goods first seen in hand later may still have come in time, so then
     * only the day decides, as without any sign of them.
     */
    private static Outcome delivery(DossierFacts facts, Occurrences occurrences, LocalDate due, LocalDate today) {
        if (facts.deliveryDate() == null) {
            LocalDate inHand = occurrences.goodsInHand().orElse(null);
            if (inHand != null && !inHand.isAfter(due)) {
                return new Outcome(DeadlineStatus.MET, inHand);
            }
        }
        return Outcome.factWithin(facts.deliveryDate(), due, today);
    }

    private static Outcome earliestFiling(LocalDate refused, LocalDate due, LocalDate today) {
        if (refused != null && !refused.isAfter(today)) {
            return new Outcome(DeadlineStatus.MET, refused);
        }
        return today.isBefore(due) ? Outcome.open() : new Outcome(DeadlineStatus.MET, null);
    }
}
