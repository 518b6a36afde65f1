package nl.bewijsmap.ui.timeline;

/** What the timeline needs of the form it shows beside the list (a call or an event) before showing another. */
interface EntryFormModel {

    boolean hasUnsavedChanges();

    /** Starts writing what was typed; false when it cannot be saved as it is (each problem shows at its field). */
    boolean save();

    /** The date, time and state the call and event forms share. */
    EntryForm<?> form();
}
