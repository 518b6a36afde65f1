package nl.bewijsmap.ui.evidence;

/**
 * What the batch summary says about a file: not added, already present, or added with a caveat.
 * {@code fileName} names several files ("a.jpg, b.jpg and 3 more") when they share the same message.
 */
public record SummaryLine(String fileName, String message, Outcome outcome) {

    /** How the file ended, worst first. */
    public enum Outcome { NOT_ADDED, WARNING, DUPLICATE }
}
