package nl.bewijsmap.ui.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nl.bewijsmap.domain.Timeline;
import nl.bewijsmap.domain.DossierContents;
import nl.bewijsmap.domain.ItemRef;
import nl.bewijsmap.export.PackageDefaults;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.timeline.TimelineFilter;
import nl.bewijsmap.ui.timeline.TimelineRow;

/**
 * The checklist of what goes in a package: every piece of evidence, call and event of the dossier, oldest first,
 * all ticked except what a package leaves out by default (the consumer's own notes, see {@link PackageDefaults});
 * narrowed by kind, ticked or unticked all at once.
 */
public final class ExportItems {

    private final I18n i18n;
    private final ObservableList<ExportItem> all =
            FXCollections.observableArrayList(item -> new Observable[] {item.includedProperty()});
    private final ObservableList<ExportItem> allView = FXCollections.unmodifiableObservableList(all);
    private final FilteredList<ExportItem> shown = new FilteredList<>(all);
    private final ObjectProperty<TimelineFilter> filter =
            new SimpleObjectProperty<>(this, "filter", TimelineFilter.ALL);
    private final IntegerBinding includedCount;
    private final StringBinding countText;

    ExportItems(I18n i18n) {
        this.i18n = i18n;
        filter.addListener((obs, old, now) -> shown.setPredicate(now == null || now == TimelineFilter.ALL ? null
                : item -> now.accepts(item.type())));
        includedCount = Bindings.createIntegerBinding(() -> (int) all.stream().filter(ExportItem::included).count(),
                all);
        countText = Bindings.createStringBinding(() -> i18n.text("export.items.count", includedCount.get(),
                all.size()), includedCount, all);
    }

    /** The items of the dossier, worded; made on a worker thread. */
    static List<ExportItem> of(DossierContents contents, I18n i18n, LocalDate today) {
        List<TimelineRow> rows = TimelineRow.of(Timeline.of(contents, List.of()).all(), i18n, today);
        Set<ItemRef> leftOut = PackageDefaults.excluded(contents);
        List<ExportItem> items = new ArrayList<>(rows.size());
        for (TimelineRow row : rows) {
            row.title(); // worded here, on the worker, not while the list scrolls
            ItemRef ref = row.entry().ref();
            items.add(new ExportItem(ref, row, !leftOut.contains(ref)));
        }
        return items;
    }

    void setAll(List<ExportItem> items) {
        all.setAll(items);
    }

    /** Ticks or unticks every item the filter shows. */
    public void includeShown(boolean include) {
        for (ExportItem item : List.copyOf(shown)) {
            item.includedProperty().set(include);
        }
    }

    /** The items left out, as the package request names them. */
    Set<ItemRef> excluded() {
        Set<ItemRef> excluded = new HashSet<>();
        for (ExportItem item : all) {
            if (!item.included()) {
                excluded.add(item.ref());
            }
        }
        return excluded;
    }

    public ObservableList<ExportItem> all() {
        return allView;
    }

    /** The items the filter shows. */
    public ObservableList<ExportItem> shown() {
        return shown;
    }

    public ObjectProperty<TimelineFilter> filterProperty() {
        return filter;
    }

    public List<TimelineFilter> filters() {
        return List.of(TimelineFilter.ALL, TimelineFilter.EVIDENCE, TimelineFilter.CALLS, TimelineFilter.EVENTS);
    }

    public IntegerBinding includedCountProperty() {
        return includedCount;
    }

    /** "27 of 31 items go in the package". */
    public StringBinding countTextProperty() {
        return countText;
    }

    I18n i18n() {
        return i18n;
    }
}
