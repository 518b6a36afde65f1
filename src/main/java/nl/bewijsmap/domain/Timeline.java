package nl.bewijsmap.domain;

import java.util.ArrayList;
import java.util.List;

/** A dossier's whole story in one list, oldest first, with the evidence that has no date kept apart. */
public record Timeline(List<TimelineEntry> dated, List<TimelineEntry> undated) {

    public Timeline {
        dated = List.copyOf(dated);
        undated = List.copyOf(undated);
    }

    /** The timeline of everything the dossier holds, together with the extra entries given (deadlines). */
    public static Timeline of(DossierContents contents, List<? extends TimelineEntry> extra) {
        List<TimelineEntry> all = new ArrayList<>(contents.evidence().size() + contents.calls().size()
                + contents.events().size() + extra.size());
        for (EvidenceItem item : contents.evidence()) {
            all.add(new TimelineEntry.OfEvidence(item));
        }
        for (CallEntry call : contents.calls()) {
            all.add(new TimelineEntry.OfCall(call));
        }
        for (DossierEvent event : contents.events()) {
            all.add(new TimelineEntry.OfEvent(event));
        }
        all.addAll(extra);
        all.sort(TimelineEntry.OLDEST_FIRST);
        int firstUndated = 0;
        while (firstUndated < all.size() && all.get(firstUndated).at() != null) {
            firstUndated++;
        }
        return new Timeline(all.subList(0, firstUndated), all.subList(firstUndated, all.size()));
    }

    public boolean isEmpty() {
        return dated.isEmpty() && undated.isEmpty();
    }

    /** Every entry, the dated ones oldest first and then those without a date. */
    public List<TimelineEntry> all() {
        List<TimelineEntry> all = new ArrayList<>(dated);
        all.addAll(undated);
        return all;
    }
}
