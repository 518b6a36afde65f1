package nl.bewijsmap.domain;

/** Who picked up the phone first. */
public enum CallDirection {
    /** The consumer called the seller. */
    OUTGOING,
    /** The seller called the consumer. */
    INCOMING
}
