package nl.bewijsmap.ui.timeline;

/** What a line of the timeline stands for, and so which filter shows it. */
public enum RowType {
    EVIDENCE,
    CALL,
    EVENT,
    DEADLINE
}
