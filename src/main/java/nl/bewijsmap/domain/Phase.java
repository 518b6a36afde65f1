package nl.bewijsmap.domain;

/** Where a dispute stands, in the order a dispute usually moves through them. */
public enum Phase {
    OWN_ATTEMPT,
    WRITTEN_COMPLAINT,
    NOTICE_OF_DEFAULT,
    MEDIATION,
    DISPUTE_BODY,
    COURT,
    CLOSED
}
