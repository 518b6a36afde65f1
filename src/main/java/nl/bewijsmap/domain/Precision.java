package nl.bewijsmap.domain;

/** How precise a recorded date-time is. */
public enum Precision {
    DAY,
    MINUTE,
    SECOND
}
