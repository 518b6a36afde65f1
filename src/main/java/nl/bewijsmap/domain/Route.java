package nl.bewijsmap.domain;

/** One place a consumer can take a dispute the seller did not solve; each has a name under {@code route.<NAME>}. */
public enum Route {
    /** WebwinkelKeur's own mediation between the consumer and a member shop (NL). */
    WEBWINKELKEUR,
    /** DigiDispuut: binding advice for WebwinkelKeur shops, for a fee (NL). */
    DIGIDISPUUT,
    /** De Geschillencommissie: binding advice for affiliated sellers, for a fee (NL). */
    GESCHILLENCOMMISSIE,
    /** The European Consumer Centre of the consumer's country: free help with a seller elsewhere in the EU. */
    ECC,
    /** The Belgian Consumentenombudsdienst: free, non-binding mediation (BE). */
    CONSUMENTENOMBUDSDIENST,
    /** The Dutch small-claims court. */
    KANTONRECHTER,
    /** The Belgian justice of the peace. */
    VREDERECHTER;

    public String messageKey() {
        return "route." + name();
    }
}
