package nl.bewijsmap.ui.evidence;

/** One file the batch summary mentions: a file not added, already present, or added with a caveat. */
public record SummaryLine(String fileName, String message, Outcome outcome) {

    /** How the file ended, worst first. */
    public enum Outcome { NOT_ADDED, WARNING, DUPLICATE }
}
