package nl.bewijsmap.domain;

/** The out-of-court dispute body a seller is affiliated with. */
public enum DisputeBody {
    UNKNOWN,
    NONE,
    GESCHILLENCOMMISSIE,
    DIGIDISPUUT,
    CONSUMENTENOMBUDSDIENST,
    OTHER
}
