package nl.bewijsmap.ui.timeline;

/** The kinds of line the timeline can be narrowed to. */
public enum TimelineFilter {
    ALL,
    EVIDENCE,
    CALLS,
    EVENTS,
    DEADLINES;

    /** Whether a line of this type passes the filter. */
    public boolean accepts(RowType type) {
        return switch (this) {
            case ALL -> true;
            case EVIDENCE -> type == RowType.EVIDENCE;
            case CALLS -> type == RowType.CALL;
            case EVENTS -> type == RowType.EVENT;
            case DEADLINES -> type == RowType.DEADLINE;
        };
    }
}
