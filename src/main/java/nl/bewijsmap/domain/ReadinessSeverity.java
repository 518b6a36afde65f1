package nl.bewijsmap.domain;

/** How much a readiness problem matters to the recipient of a package. */
public enum ReadinessSeverity {
    /** The recipient will most likely not take the case as it is. */
    BLOCKER,
    /** The case is weaker or slower to handle, but can go. */
    WARNING
}
