package nl.bewijsmap.ui.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nl.bewijsmap.domain.Timeline;
import nl.bewijsmap.domain.TimelineEntry;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.I18n;

/**
 * The timeline of one dossier: every line in time order (oldest or newest first), the undated evidence apart,
 * narrowed by kind and by the words typed. Lines are worded once per load on a worker thread; typing only filters
 * strings already made, so it stays quick with thousands of lines.
 */
public final class TimelineViewModel {

    /** Reads a dossier's timeline; called on a worker thread. */
    public interface Source {
        Timeline load(long dossierId);
    }

    private final Source source;
    private final Background background;
    private final I18n i18n;
    private final Consumer<Exception> onError;
    private final Clock clock;
    private final ObservableList<TimelineRow> datedRows = FXCollections.observableArrayList();
    private final ObservableList<TimelineRow> undatedRows = FXCollections.observableArrayList();
    private final FilteredList<TimelineRow> dated = new FilteredList<>(datedRows);
    private final FilteredList<TimelineRow> undated = new FilteredList<>(undatedRows);
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<TimelineFilter> filter = new SimpleObjectProperty<>(this, "filter", TimelineFilter.ALL);
    private final BooleanProperty newestFirst = new SimpleBooleanProperty(this, "newestFirst", false);
    private final ObjectProperty<TimelineRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded", false);
    private final StringBinding countText;
    private List<TimelineRow> oldestFirst = List.of();
    private long dossierId = -1;
    private volatile long generation;

    public TimelineViewModel(Source source, Background background, I18n i18n, Clock clock,
                             Consumer<Exception> onError) {
        this.source = source;
        this.clock = clock;
        this.background = background;
        this.i18n = i18n;
        this.onError = onError;
        query.addListener((obs, old, now) -> refilter());
        filter.addListener((obs, old, now) -> refilter());
        newestFirst.addListener((obs, old, now) -> arrange());
        countText = Bindings.createStringBinding(this::describeCount, dated, undated, datedRows, undatedRows);
    }

    /** Shows another dossier's timeline; the filter and search are cleared. */
    public void load(long id) {
        dossierId = id;
        query.set("");
        filter.set(TimelineFilter.ALL);
        selected.set(null);
        loaded.set(false);
        datedRows.clear();
        undatedRows.clear();
        reload(null);
    }

    /** Reads the timeline again, keeping the line selected (or selecting {@code select} when given). */
    public void reload(TimelineEntry select) {
        if (dossierId < 0) {
            return;
        }
        long id = dossierId;
        long asked = ++generation;
        TimelineEntry keep = select != null ? select : selected.get() == null ? null : selected.get().entry();
        TimelineTexts texts = new TimelineTexts(i18n, LocalDate.now(clock));
        background.run(() -> rows(source.load(id), texts), rows -> {
            if (asked != generation || id != dossierId) {
                return; // another dossier or a newer reading has been asked for meanwhile
            }
            oldestFirst = rows.dated;
            undatedRows.setAll(rows.undated);
            arrange();
            loaded.set(true);
            selected.set(find(keep));
            prepareSearch(rows, asked);
        }, onError);
    }

    private record Rows(List<TimelineRow> dated, List<TimelineRow> undated) {
    }

    private static Rows rows(Timeline timeline, TimelineTexts texts) {
        List<TimelineRow> dated = new ArrayList<>(timeline.dated().size());
        for (TimelineEntry entry : timeline.dated()) {
            dated.add(texts.row(entry));
        }
        List<TimelineRow> undated = new ArrayList<>(timeline.undated().size());
        for (TimelineEntry entry : timeline.undated()) {
            undated.add(texts.row(entry));
        }
        return new Rows(Collections.unmodifiableList(dated), Collections.unmodifiableList(undated));
    }

    /** Words every line on a worker thread after the first paint, so the first search finds them ready. */
    private void prepareSearch(Rows rows, long asked) {
        background.run(() -> {
            for (List<TimelineRow> list : List.of(rows.dated, rows.undated)) {
                for (TimelineRow row : list) {
                    if (asked != generation) {
                        return; // a newer reading replaces these lines
                    }
                    row.prepare();
                }
            }
        }, () -> { }, onError);
    }

    private void arrange() {
        if (newestFirst.get()) {
            List<TimelineRow> reversed = new ArrayList<>(oldestFirst);
            Collections.reverse(reversed);
            datedRows.setAll(reversed);
        } else {
            datedRows.setAll(oldestFirst);
        }
    }

    private void refilter() {
        String typed = query.get() == null ? "" : query.get().strip().toLowerCase(i18n.locale());
        String[] words = typed.isEmpty() ? new String[0] : typed.split("\\s+");
        TimelineFilter kind = filter.get() == null ? TimelineFilter.ALL : filter.get();
        Predicate<TimelineRow> shown = words.length == 0 && kind == TimelineFilter.ALL ? null
                : row -> kind.accepts(row.type()) && row.matches(words);
        dated.setPredicate(shown);
        undated.setPredicate(shown);
    }

    /** Opens the line of this entry when it is listed; the filter is cleared when it hides the line. */
    public void select(TimelineEntry entry) {
        TimelineRow row = find(entry);
        if (row == null) {
            return;
        }
        if (!dated.contains(row) && !undated.contains(row)) {
            query.set("");
            filter.set(TimelineFilter.ALL);
        }
        selected.set(row);
    }

    private TimelineRow find(TimelineEntry entry) {
        if (entry == null) {
            return null;
        }
        for (TimelineRow row : datedRows) {
            if (row.isFor(entry)) {
                return row;
            }
        }
        for (TimelineRow row : undatedRows) {
            if (row.isFor(entry)) {
                return row;
            }
        }
        return null;
    }

    private String describeCount() {
        int all = datedRows.size() + undatedRows.size();
        int shown = dated.size() + undated.size();
        return shown == all ? i18n.text("timeline.count.all", all) : i18n.text("timeline.count.some", shown, all);
    }

    public long dossierId() {
        return dossierId;
    }

    /** The dated lines that pass the filter, in the order chosen. */
    public ObservableList<TimelineRow> dated() {
        return dated;
    }

    /** The evidence without a date that passes the filter; it needs a date before it convinces anyone. */
    public ObservableList<TimelineRow> undated() {
        return undated;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<TimelineFilter> filterProperty() {
        return filter;
    }

    public BooleanProperty newestFirstProperty() {
        return newestFirst;
    }

    public ObjectProperty<TimelineRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    /** "340 items" or "12 of 340 shown". */
    public StringBinding countTextProperty() {
        return countText;
    }
}
