package nl.bewijsmap.ui.timeline;

import java.util.Objects;
import nl.bewijsmap.domain.TimelineEntry;

/**
 * One line of the timeline as shown: the entry, its texts in the user's language, and the lower-case text that
 * searching looks in. Made once per load, off the FX thread, so that filtering only compares strings.
 */
public record TimelineRow(
        TimelineEntry entry,
        RowType type,
        String when,
        String title,
        String detail,
        boolean weak,
        String search) {

    public TimelineRow {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(type, "type");
    }

    /** Whether every word of the query (already lower case) is somewhere in this line's texts. */
    boolean matches(String[] words) {
        for (String word : words) {
            if (!search.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Whether this line stands for the same item as that entry (the same kind of thing with the same number). */
    boolean isFor(TimelineEntry other) {
        return other != null && other.getClass() == entry.getClass() && other.id() == entry.id();
    }
}
