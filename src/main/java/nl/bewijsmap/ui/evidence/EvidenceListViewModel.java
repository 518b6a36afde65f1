package nl.bewijsmap.ui.evidence;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
import nl.bewijsmap.app.EvidenceEditor;
import nl.bewijsmap.app.ImportBatch;
import nl.bewijsmap.app.ImportResult;
import nl.bewijsmap.app.ImportStatus;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.Timestamp;
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
    private final StringProperty notice = new SimpleStringProperty("");
    private final EvidenceTexts texts;
    private long dossierId = -1;
    private boolean rearranging;

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
        this.texts = new EvidenceTexts(i18n);
    }

    /**
     * Shows another dossier's evidence. From this moment new files go to that dossier, even before its list
     * has arrived.
     */
    public void load(long id) {
        dossierId = id;
        loaded.set(false);
        selected.set(null);
        items.clear();
        background.run(() -> editor.list(id), list -> {
            if (dossierId != id) {
                return; // the user chose another dossier meanwhile
            }
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
        progress.started(batch, target);
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
        Timestamp pastedAt = Timestamp.now(clock);
        String name = i18n.text("evidence.paste.name",
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH.mm.ss").format(pastedAt.local()));
        background.run(() -> editor.importPasted(target, PngEncoder.encode(width, height, argb), name, pastedAt),
                result -> {
                    onDossierChanged.run();
                    if (result.status() == ImportStatus.DUPLICATE) {
                        notice.set(i18n.text("evidence.paste.duplicate", result.item().title(),
                                texts.when(result.item().occurredAt())));
                    } else if (result.status() == ImportStatus.IMPORTED && target == dossierId) {
                        insert(result.item());
                        selected.set(result.item());
                    }
                }, onError);
    }

    /** Something the user should read now (a paste that was already there); the screen clears it once shown. */
    public StringProperty noticeProperty() {
        return notice;
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
        int at = indexOf(item.id());
        if (at < 0) {
            return;
        }
        boolean wasSelected = selected.get() != null && selected.get().id() == item.id();
        List<EvidenceItem> others = new ArrayList<>(items);
        others.remove(at);
        int to = 0;
        while (to < others.size() && CHRONOLOGICAL.compare(others.get(to), item) < 0) {
            to++;
        }
        // The list's own selection follows these changes for a moment; the user's choice must not.
        rearranging = true;
        try {
            if (to == at) {
                items.set(at, item);
            } else {
                items.remove(at);
                items.add(to, item);
            }
        } finally {
            rearranging = false;
        }
        if (wasSelected) {
            selected.set(item);
        }
        onDossierChanged.run();
    }

    /** True while an item is being put in its new place: list selection changes then are not the user's. */
    public boolean isRearranging() {
        return rearranging;
    }

    private int indexOf(long id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == id) {
                return i;
            }
        }
        return -1;
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
