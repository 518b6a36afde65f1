package nl.bewijsmap.ui.letters;

/** How printing a letter ended. */
public enum PrintOutcome {
    PRINTED,
    CANCELLED,
    NO_PRINTER
}
