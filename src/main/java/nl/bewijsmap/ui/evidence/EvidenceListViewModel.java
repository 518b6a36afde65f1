package nl.bewijsmap.ui.evidence;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.bewijsmap.app.EvidenceEditor;
import nl.bewijsmap.app.ImportBatch;
import nl.bewijsmap.app.ImportResult;
import nl.bewijsmap.app.ImportStatus;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.I18n;

/**
 * A dossier's evidence in time order, and the ways new evidence comes in: files (dropped or chosen) and images
 * pasted from the clipboard. New items appear in place as each file's answer arrives.
 */
public final class EvidenceListViewModel {

    /** Oldest first, undated last, ties in the order added: the same order as the database gives. */
    static final Comparator<EvidenceItem> CHRONOLOGICAL = Comparator
            .comparing((EvidenceItem item) -> item.occurredAt() == null)
            .thenComparing(item -> item.occurredAt() == null ? LocalDateTime.MIN : item.occurredAt().local())
            .thenComparingLong(EvidenceItem::id);

    /** Starts a batch; {@code Services::startImport} in the app. */
    public interface Importer {
        ImportBatch start(long dossierId, List<Path> files, ImportBatch.Listener listener);
    }

    private final EvidenceEditor editor;
    private final Importer importer;
    private final Background background;
    private final I18n i18n;
    private final Clock clock;
    private final Consumer<Exception> onError;
    private final Runnable onDossierChanged;
    private final ObservableList<EvidenceItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<EvidenceItem> selected = new SimpleObjectProperty<>();
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final BooleanBinding empty = Bindings.createBooleanBinding(() -> loaded.get() && items.isEmpty(), loaded, items);
    private final ImportProgress progress;
    private long dossierId = -1;
    private long requestedId = -1;

    public EvidenceListViewModel(EvidenceEditor editor, Importer importer, Background background, I18n i18n,
                                 Clock clock, Consumer<Exception> onError, Runnable onDossierChanged) {
        this.editor = editor;
        this.importer = importer;
        this.background = background;
        this.i18n = i18n;
        this.clock = clock;
        this.onError = onError;
        this.onDossierChanged = onDossierChanged;
        this.progress = new ImportProgress(i18n);
    }

    public void load(long id) {
        requestedId = id;
        loaded.set(false);
        background.run(() -> editor.list(id), list -> {
            if (requestedId != id) {
                return;
            }
            dossierId = id;
            selected.set(null);
            items.setAll(list);
            loaded.set(true);
        }, onError);
    }

    /** Adds files to the dossier shown; each answer arrives while the rest are still being copied. */
    public void importFiles(List<Path> files) {
        if (dossierId < 0 || files.isEmpty()) {
            return;
        }
        long target = dossierId;
        ImportBatch[] started = new ImportBatch[1];
        ImportBatch batch = importer.start(target, files, new ImportBatch.Listener() {
            @Override
            public void answered(ImportResult result, int done, int total) {
                background.onFx(() -> arrived(target, result));
            }

            @Override
            public void finished(int skipped) {
                background.onFx(() -> {
                    progress.finished(started[0], skipped);
                    onDossierChanged.run();
                });
            }
        });
        started[0] = batch;
        progress.started(batch);
    }

    /**
     * Keeps an image from the clipboard as a PNG screenshot dated with this moment. The pixels come as
     * ARGB ints, row by row; encoding them happens off the FX thread.
     */
    public void importPastedImage(int width, int height, int[] argb) {
        if (dossierId < 0) {
            return;
        }
        long target = dossierId;
        String name = i18n.text("evidence.paste.name",
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH.mm.ss").format(LocalDateTime.now(clock)));
        background.run(() -> editor.importPasted(target, PngEncoder.encode(width, height, argb), name), result -> {
            arrived(target, result);
            if (result.status() == ImportStatus.IMPORTED) {
                selected.set(result.item());
            }
        }, onError);
    }

    /** A file came in some other way (an email's attachment): show it in place. */
    public void added(ImportResult result) {
        if (result.status() == ImportStatus.IMPORTED && result.item().dossierId() == dossierId) {
            insert(result.item());
            onDossierChanged.run();
        }
    }

    private void arrived(long target, ImportResult result) {
        progress.answered(result);
        if (target == dossierId && result.status() == ImportStatus.IMPORTED) {
            insert(result.item());
        }
    }

    private void insert(EvidenceItem item) {
        int at = 0;
        while (at < items.size() && CHRONOLOGICAL.compare(items.get(at), item) < 0) {
            at++;
        }
        items.add(at, item);
    }

    /** An item was changed in the details pane: show the change and keep the order right. */
    public void changed(EvidenceItem item) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == item.id()) {
                boolean wasSelected = selected.get() != null && selected.get().id() == item.id();
                items.remove(i);
                insert(item);
                if (wasSelected) {
                    selected.set(item);
                }
                return;
            }
        }
    }

    /** Takes the item out of the dossier (after the user confirmed). */
    public void remove(EvidenceItem item) {
        background.run(() -> editor.remove(item.id()), () -> {
            removed(item.id());
            onDossierChanged.run();
        }, onError);
    }

    private void removed(long id) {
        items.removeIf(item -> item.id() == id);
        if (selected.get() != null && selected.get().id() == id) {
            selected.set(null);
        }
    }

    public ObservableList<EvidenceItem> items() {
        return items;
    }

    public ObjectProperty<EvidenceItem> selectedProperty() {
        return selected;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    /** True once a dossier without evidence is shown. */
    public BooleanBinding emptyProperty() {
        return empty;
    }

    public ImportProgress progress() {
        return progress;
    }

    public long dossierId() {
        return dossierId;
    }
}
