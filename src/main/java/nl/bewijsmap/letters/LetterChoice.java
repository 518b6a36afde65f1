package nl.bewijsmap.letters;

import nl.bewijsmap.domain.DeadlineRule;
import nl.bewijsmap.domain.DeadlineStatus;
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Recipient;

/** The letter that fits where a dispute stands, offered first when the consumer asks for one. */
public final class LetterChoice {

    private LetterChoice() {
    }

    /**
     * A dispute body or keurmerk gets the cover letter. The seller gets: the cover letter (the package with a short
     * reminder of what is asked) once a notice of default was sent, as a second "Hierbij stel ik u in gebreke" makes
     * the consumer look unaware and the next step is a dispute body; else a late-delivery notice while goods that
     * were ordered have not come and the delivery term has passed; the notice of default once a written complaint
     * was sent; else the written complaint. A withdrawal is the consumer's own choice and is never offered first.
     */
    public static LetterKind suggest(Recipient recipient, DossierSnapshot snapshot) {
        if (recipient.isDisputeBody()) {
            return LetterKind.COVER_LETTER;
        }
        if (snapshot.contents().events().stream().anyMatch(event -> event.kind() == EventKind.NOTICE_OF_DEFAULT_SENT)) {
            return LetterKind.COVER_LETTER;
        }
        if (snapshot.contents().facts().deliveryDate() == null && deliveryOverdue(snapshot)) {
            return LetterKind.LATE_DELIVERY;
        }
        boolean complained = snapshot.contents().events().stream()
                .anyMatch(event -> event.kind() == EventKind.COMPLAINT_SENT
                        || event.kind() == EventKind.NOTICE_OF_DEFAULT_SENT);
        return complained ? LetterKind.NOTICE_OF_DEFAULT : LetterKind.COMPLAINT;
    }

    private static boolean deliveryOverdue(DossierSnapshot snapshot) {
        return snapshot.deadline(DeadlineRule.DELIVERY).filter(d -> d.status() == DeadlineStatus.PASSED).isPresent();
    }
}
