package nl.bewijsmap.app;

/** What became of one file given for import. */
public enum ImportStatus {
    IMPORTED,
    DUPLICATE,
    REJECTED;

    /** The command-line spelling. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
