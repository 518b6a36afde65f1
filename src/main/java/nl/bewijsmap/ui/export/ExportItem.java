package nl.bewijsmap.ui.export;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import nl.bewijsmap.domain.ItemRef;
import nl.bewijsmap.ui.timeline.RowType;
import nl.bewijsmap.ui.timeline.TimelineRow;

/** One item of the dossier in the export's checklist: worded as on the timeline, and whether it goes in. */
public final class ExportItem {

    private final ItemRef ref;
    private final TimelineRow row;
    private final BooleanProperty included;

    ExportItem(ItemRef ref, TimelineRow row, boolean included) {
        this.ref = Objects.requireNonNull(ref, "ref");
        this.row = Objects.requireNonNull(row, "row");
        this.included = new SimpleBooleanProperty(this, "included", included);
    }

    public ItemRef ref() {
        return ref;
    }

    public RowType type() {
        return row.type();
    }

    /** "Tue 3 Mar 2026  14:05", or "No date". */
    public String when() {
        return row.when();
    }

    public String title() {
        return row.title();
    }

    /** What kind of item it is, with a detail: "Photo · Date from the camera". */
    public String detail() {
        return row.detail();
    }

    public BooleanProperty includedProperty() {
        return included;
    }

    public boolean included() {
        return included.get();
    }

    @Override
    public String toString() {
        return row.toString();
    }
}
