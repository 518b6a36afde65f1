package nl.bewijsmap.domain;

/** Who a complaint package is for; each expects a little more of the dossier than the one before. */
public enum Recipient {
    SELLER,
    KEURMERK,
    GESCHILLENCOMMISSIE,
    DIGIDISPUUT;

    /** Whether this is a dispute body that expects the seller to have had a written complaint first. */
    public boolean isDisputeBody() {
        return this != SELLER;
    }
}
