package nl.bewijsmap.domain;

import java.util.Locale;

/** The letters the app drafts from a dossier's data. */
public enum LetterKind {
    /** The written complaint to the seller: what went wrong and what is asked. */
    COMPLAINT,
    /** The notice of default (ingebrekestelling): a last, reasonable term before further steps. */
    NOTICE_OF_DEFAULT,
    /** The withdrawal from a distance contract, on the EU model withdrawal form. */
    WITHDRAWAL,
    /** A notice that goods were not delivered in time, with an additional period to deliver. */
    LATE_DELIVERY,
    /** The letter that goes with a package to a keurmerk or dispute body. */
    COVER_LETTER;

    /** The command-line spelling: lower case with dashes, e.g. {@code notice-of-default}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The event that records this letter as sent to the given recipient. */
    public EventKind sentAs(Recipient recipient) {
        return switch (this) {
            case COMPLAINT -> EventKind.COMPLAINT_SENT;
            case NOTICE_OF_DEFAULT, LATE_DELIVERY -> EventKind.NOTICE_OF_DEFAULT_SENT;
            case WITHDRAWAL -> EventKind.WITHDRAWAL_SENT;
            case COVER_LETTER -> recipient == Recipient.KEURMERK ? EventKind.MEDIATION_STARTED
                    : recipient.isDisputeBody() ? EventKind.DISPUTE_FILED : EventKind.OTHER;
        };
    }
}
