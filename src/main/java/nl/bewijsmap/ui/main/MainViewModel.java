package nl.bewijsmap.ui.main;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.DossierSummary;
import nl.bewijsmap.store.DossierRepository;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.I18n;

/** The list of dossiers: search, show archived, and the actions on one dossier with undo for delete. */
public final class MainViewModel {

    /** An action the user can take back for a short while, with the sentence that describes it. */
    public record Undo(String message, Runnable action) {
    }

    private final DossierRepository dossiers;
    private final Background background;
    private final I18n i18n;
    private final Consumer<Exception> onError;

    private final ObservableList<DossierSummary> all = FXCollections.observableArrayList();
    private final FilteredList<DossierSummary> visible = new FilteredList<>(all);
    private final StringProperty searchText = new SimpleStringProperty("");
    private final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    private final ObjectProperty<DossierSummary> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Undo> undo = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanBinding noDossiers = Bindings.isEmpty(all);
    private final BooleanBinding noMatches;
    private Long selectAfterLoad;
    private java.util.function.BiConsumer<Long, String> onRenamed = (id, title) -> { };
    private java.util.function.LongConsumer onDeleting = id -> { };

    public MainViewModel(DossierRepository dossiers, Background background, I18n i18n, Consumer<Exception> onError) {
        this.dossiers = dossiers;
        this.background = background;
        this.i18n = i18n;
        this.onError = onError;
        searchText.addListener((obs, old, now) -> updateFilter());
        showArchived.addListener((obs, old, now) -> updateFilter());
        noMatches = Bindings.isEmpty(visible).and(noDossiers.not());
        updateFilter();
    }

    public ObservableList<DossierSummary> visibleDossiers() {
        return visible;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public ObjectProperty<DossierSummary> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Undo> undoProperty() {
        return undo;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** True before the first dossier exists: the screen then explains what to do. */
    public BooleanBinding noDossiersProperty() {
        return noDossiers;
    }

    public BooleanBinding noMatchesProperty() {
        return noMatches;
    }

    public void refresh() {
        loading.set(true);
        background.run(() -> dossiers.list(true), list -> {
            Long keep = selectAfterLoad != null ? selectAfterLoad
                    : Optional.ofNullable(selected.get()).map(DossierSummary::id).orElse(null);
            selectAfterLoad = null;
            all.setAll(list);
            loading.set(false);
            selected.set(keep == null ? null
                    : visible.stream().filter(d -> d.id() == keep).findFirst().orElse(null));
        }, this::failed);
    }

    /** Reloads the list and then selects the dossier with this number, if it is still there. */
    public void refreshAndSelect(long id) {
        selectAfterLoad = id;
        refresh();
    }

    public Optional<DossierSummary> find(long id) {
        return all.stream().filter(d -> d.id() == id).findFirst();
    }

    public void create(String title) {
        background.run(() -> dossiers.create(title, DossierFacts.EMPTY, null), created -> {
            searchText.set("");
            selectAfterLoad = created.id();
            refresh();
        }, this::failed);
    }

    public void rename(DossierSummary dossier, String title) {
        background.run(() -> dossiers.rename(dossier.id(), title), () -> {
            onRenamed.accept(dossier.id(), title);
            refresh();
        }, this::failed);
    }

    /** Told when a dossier was renamed from the list, so an open form can follow. */
    public void setOnRenamed(java.util.function.BiConsumer<Long, String> listener) {
        onRenamed = listener;
    }

    /** Told just before a dossier goes to the bin, so that work for it (an import) can stop. */
    public void setOnDeleting(java.util.function.LongConsumer listener) {
        onDeleting = listener;
    }

    public void setArchived(DossierSummary dossier, boolean archived) {
        background.run(() -> dossiers.setArchived(dossier.id(), archived), () -> {
            if (archived && !showArchived.get()) {
                undo.set(new Undo(i18n.text("main.archived", dossier.title()),
                        () -> setArchived(dossier, false)));
            }
            refresh();
        }, this::failed);
    }

    /** Deletes at once but keeps the data until the app closes, so the user can take it back. */
    public void delete(DossierSummary dossier) {
        onDeleting.accept(dossier.id());
        background.run(() -> dossiers.delete(dossier.id()), () -> {
            undo.set(new Undo(i18n.text("main.deleted", dossier.title()), () -> restore(dossier)));
            if (selected.get() != null && selected.get().id() == dossier.id()) {
                selected.set(null);
            }
            refresh();
        }, this::failed);
    }

    public void undo() {
        Undo pending = undo.get();
        undo.set(null);
        if (pending != null) {
            pending.action().run();
        }
    }

    private void restore(DossierSummary dossier) {
        background.run(() -> dossiers.restore(dossier.id()), () -> {
            selectAfterLoad = dossier.id();
            refresh();
        }, this::failed);
    }

    private void updateFilter() {
        String needle = searchText.get() == null ? "" : searchText.get().strip().toLowerCase(Locale.ROOT);
        boolean archived = showArchived.get();
        visible.setPredicate(d -> (archived || !d.archived())
                && (needle.isEmpty() || d.title().toLowerCase(Locale.ROOT).contains(needle)
                        || d.sellerName().toLowerCase(Locale.ROOT).contains(needle)));
    }

    private void failed(Exception e) {
        loading.set(false);
        onError.accept(e);
    }
}
