package nl.bewijsmap.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.bewijsmap.domain.DossierContents;
import nl.bewijsmap.domain.ItemRef;
import nl.bewijsmap.domain.Timeline;
import nl.bewijsmap.domain.TimelineEntry;

/**
 * What goes into a package: every item the consumer did not leave out, oldest first (undated evidence last), and
 * the exhibits among them numbered in that order.
 */
final class Chronology {

    private final List<TimelineEntry> entries;
    private final List<Exhibit> exhibits;
    private final Map<TimelineEntry, Exhibit> byEntry;

    private Chronology(List<TimelineEntry> entries, List<Exhibit> exhibits, Map<TimelineEntry, Exhibit> byEntry) {
        this.entries = List.copyOf(entries);
        this.exhibits = List.copyOf(exhibits);
        this.byEntry = byEntry;
    }

    static Chronology of(DossierContents contents, Set<ItemRef> excluded) {
        List<TimelineEntry> entries = Timeline.of(contents, List.of()).all().stream()
                .filter(entry -> !excluded.contains(entry.ref())).toList();
        List<Exhibit> exhibits = new ArrayList<>();
        Map<TimelineEntry, Exhibit> byEntry = new HashMap<>();
        for (TimelineEntry entry : entries) {
            if (!(entry instanceof TimelineEntry.OfEvent)) {
                Exhibit exhibit = new Exhibit(exhibits.size() + 1, entry);
                exhibits.add(exhibit);
                byEntry.put(entry, exhibit);
            }
        }
        return new Chronology(entries, exhibits, byEntry);
    }

    List<TimelineEntry> entries() {
        return entries;
    }

    List<Exhibit> exhibits() {
        return exhibits;
    }

    /** The exhibit an entry of the chronology is, or null for a note or event. */
    Exhibit exhibitOf(TimelineEntry entry) {
        return byEntry.get(entry);
    }
}
