package nl.bewijsmap.ui.common;

/** Where an auto-saved form stands; shown to the user so they trust that nothing is lost. */
public enum SaveState {
    SAVED,
    PENDING,
    SAVING,
    FAILED
}
