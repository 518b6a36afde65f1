package nl.bewijsmap.ui.letters;

import java.util.EnumSet;
import java.util.Set;
import nl.bewijsmap.domain.Deadline;
import nl.bewijsmap.domain.DeadlineRule;
import nl.bewijsmap.domain.DeadlineStatus;
import nl.bewijsmap.domain.DesiredOutcome;
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.NextStep;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.letters.LetterChoice;
import nl.bewijsmap.ui.standing.Recipients;

/** Which letter fits where a dossier stands, and which body a cover letter goes to: what the letters tab proposes. */
public final class LetterAdvice {

    /** Steps that turn to a quality mark or dispute body: the package goes with a cover letter. */
    private static final Set<NextStep> TO_A_BODY = EnumSet.of(NextStep.ASK_WEBWINKELKEUR,
            NextStep.FILE_WITH_DIGIDISPUUT, NextStep.WAIT_FOR_GESCHILLENCOMMISSIE,
            NextStep.FILE_WITH_GESCHILLENCOMMISSIE, NextStep.FILE_WITH_OTHER_BODY, NextStep.ASK_ECC,
            NextStep.ASK_CONSUMENTENOMBUDSDIENST, NextStep.AWAIT_DECISION);
    /** What a withdrawal gets the consumer: the contract undone and the money back. */
    private static final Set<DesiredOutcome> UNDOING = EnumSet.of(DesiredOutcome.REFUND, DesiredOutcome.DISSOLUTION);

    private LetterAdvice() {
    }

    /**
     * The letter to propose: the withdrawal while a distance purchase can still be undone (and the consumer wants
     * the money back, or has not said what they want); the cover letter when the next step turns to a quality mark
     * or dispute body; else the letter to the seller that fits, as the command line chooses it (the complaint, the
     * notice of default once one was sent, the late-delivery notice for goods that did not come).
     */
    public static LetterKind suggested(DossierSnapshot snapshot) {
        if (withdrawalOpen(snapshot)) {
            return LetterKind.WITHDRAWAL;
        }
        if (TO_A_BODY.contains(snapshot.advice().step())) {
            return LetterKind.COVER_LETTER;
        }
        return LetterChoice.suggest(Recipient.SELLER, snapshot);
    }

    /** Who a cover letter goes to: the body that fits the seller, else De Geschillencommissie. */
    public static Recipient coverRecipient(DossierSnapshot snapshot) {
        Recipient suggested = Recipients.suggested(snapshot.contents().seller(), snapshot.advice());
        return suggested.isDisputeBody() ? suggested : Recipient.GESCHILLENCOMMISSIE;
    }

    private static boolean withdrawalOpen(DossierSnapshot snapshot) {
        DesiredOutcome wanted = snapshot.contents().facts().desiredOutcome();
        return snapshot.contents().facts().distanceSale()
                && snapshot.deadline(DeadlineRule.WITHDRAWAL).map(Deadline::status).orElse(null) == DeadlineStatus.OPEN
                && !sent(snapshot, EventKind.WITHDRAWAL_SENT)
                && (wanted == null || UNDOING.contains(wanted));
    }

    private static boolean sent(DossierSnapshot snapshot, EventKind kind) {
        return snapshot.contents().events().stream().anyMatch(event -> event.kind() == kind);
    }
}
