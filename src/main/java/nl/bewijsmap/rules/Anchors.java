package nl.bewijsmap.rules;

import java.time.LocalDate;
import java.util.Optional;
import nl.bewijsmap.domain.DeadlineAnchor;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.EventKind;

/** The date of the fact a deadline counts from, when the dossier knows it. */
final class Anchors {

    private Anchors() {
    }

    static Optional<LocalDate> date(DeadlineAnchor anchor, DossierFacts facts, Occurrences occurrences) {
        LocalDate order = facts.orderDate();
        return switch (anchor) {
            case ORDER -> Optional.ofNullable(order);
            case DELIVERY -> Optional.ofNullable(facts.deliveryDate());
            case DISCOVERY -> Optional.ofNullable(facts.discoveredDate());
            // A notice counts once the defect was found; without a discovery date, once the order was made.
            case FIRST_NOTICE -> occurrences.firstNotice(occurrences.problemSince());
            // A recorded complaint, else a letter or email to the seller kept as evidence.
            case COMPLAINT_SENT -> occurrences.firstComplaint();
            case NOTICE_OF_DEFAULT_SENT -> occurrences.first(order, EventKind.NOTICE_OF_DEFAULT_SENT);
            case WITHDRAWAL_SENT -> occurrences.first(order, EventKind.WITHDRAWAL_SENT);
        };
    }
}
