package nl.bewijsmap.domain;

import java.util.Locale;

/** Where a deadline stands on a given day: still running, dealt with in time, or gone by. */
public enum DeadlineStatus {
    OPEN,
    MET,
    PASSED;

    /** The command-line spelling: lower case, e.g. {@code open}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
