package nl.bewijsmap.domain;

/** What a piece of evidence is to the dispute; guessed at import and easy to change. */
public enum EvidenceKind {
    RECEIPT,
    ORDER_CONFIRMATION,
    TERMS,
    CORRESPONDENCE_IN,
    CORRESPONDENCE_OUT,
    PHOTO,
    VIDEO,
    SCREENSHOT,
    TRACK_AND_TRACE,
    BANK_STATEMENT,
    OTHER;

    /** The command-line spelling: lower case with dashes, e.g. {@code order-confirmation}. */
    public String cliName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
