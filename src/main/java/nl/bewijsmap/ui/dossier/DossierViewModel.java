package nl.bewijsmap.ui.dossier;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.Phase;
import nl.bewijsmap.domain.Seller;
import nl.bewijsmap.app.DossierEditor;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.Forms;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.common.SaveState;

/**
 * One dossier's facts and seller, saved as the user types. Invalid input is kept on screen with a
 * plain-words problem beside it; what can be saved is saved.
 */
public final class DossierViewModel {

    private final DossierEditor editor;
    private final Background background;
    private final I18n i18n;
    private final Clock clock;
    private final Consumer<Exception> onError;
    private final Runnable onSaved;

    private final FactsForm facts = new FactsForm();
    private final SellerForm seller = new SellerForm();
    private final Map<FormField, StringProperty> problems = new EnumMap<>(FormField.class);
    private final ObjectProperty<SaveState> saveState = new SimpleObjectProperty<>(SaveState.SAVED);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final StringProperty statusText = new SimpleStringProperty("");
    private long dossierId = -1;
    private long requestedId = -1;
    private String savedTitle = "";
    private boolean filling;
    private int changeCount;
    private int savedChangeCount;
    private BigDecimal lastSavedPrice;

    public DossierViewModel(DossierEditor editor, Background background, I18n i18n, Clock clock,
                            Consumer<Exception> onError, Runnable onSaved) {
        this.editor = editor;
        this.background = background;
        this.i18n = i18n;
        this.clock = clock;
        this.onError = onError;
        this.onSaved = onSaved;
        for (FormField field : FormField.values()) {
            problems.put(field, new SimpleStringProperty(""));
        }
        Forms.watch(this::changed, facts.all());
        Forms.watch(this::changed, seller.all());
        saveState.addListener((obs, old, now) -> statusText.set(i18n.text("save.state." + now)));
        statusText.set(i18n.text("save.state." + SaveState.SAVED));
    }

    public FactsForm facts() {
        return facts;
    }

    public SellerForm seller() {
        return seller;
    }

    public StringProperty problem(FormField field) {
        return problems.get(field);
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState;
    }

    public StringProperty statusTextProperty() {
        return statusText;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public long dossierId() {
        return dossierId;
    }

    /** Loads a dossier in the background; the form fills in when it arrives. */
    public void load(long id) {
        loaded.set(false);
        requestedId = id;
        background.run(() -> editor.load(id), data -> {
            if (requestedId != id) {
                return; // the user chose another dossier meanwhile
            }
            filling = true;
            savedTitle = data.dossier().title();
            dossierId = id;
            lastSavedPrice = data.dossier().facts().price();
            facts.fill(data.dossier().title(), data.dossier().phase(), data.dossier().facts(),
                    DossierValidation.formatPrice(lastSavedPrice, i18n.locale()));
            seller.fill(data.seller());
            filling = false;
            savedChangeCount = changeCount;
            saveState.set(SaveState.SAVED);
            validate();
            loaded.set(true);
        }, onError);
    }

    /** The dossier was renamed elsewhere (the list): show the new name without counting it as an edit. */
    public void renamedElsewhere(long id, String title) {
        if (id == dossierId) {
            boolean wasFilling = filling;
            filling = true;
            facts.title.set(title);
            filling = wasFilling;
            savedTitle = title;
        }
    }

    /**
     * The dossier moved on to a later phase elsewhere (an event was recorded). It counts as an edit, so that a
     * save of the form that was under way with the old phase cannot leave the old phase stored.
     */
    public void phaseMovedElsewhere(long id, Phase phase) {
        if (id == dossierId && facts.phase.get() != phase) {
            facts.phase.set(phase);
        }
    }

    public boolean hasUnsavedChanges() {
        return changeCount != savedChangeCount;
    }

    /** Writes what the user typed; does nothing when there is nothing new. */
    public void save() {
        if (dossierId < 0 || !hasUnsavedChanges()) {
            return;
        }
        validate();
        int saving = changeCount;
        long id = dossierId;
        String priceText = Forms.value(facts.price);
        BigDecimal price = priceText.isEmpty() ? null
                : DossierValidation.parsePrice(priceText).orElse(lastSavedPrice);
        DossierFacts snapshot = facts.toFacts(price);
        Seller sellerSnapshot = seller.toSeller();
        // Only a title typed here is written: a rename from the list must not be undone by this save.
        String title = Forms.value(facts.title).equals(savedTitle) ? "" : Forms.value(facts.title);
        Phase phase = facts.phase.get();
        saveState.set(SaveState.SAVING);
        background.run(() -> editor.save(id, title, snapshot, phase, sellerSnapshot), () -> {
            lastSavedPrice = price;
            if (!title.isEmpty()) {
                savedTitle = title;
            }
            savedChangeCount = Math.max(savedChangeCount, saving);
            saveState.set(hasUnsavedChanges() ? SaveState.PENDING : SaveState.SAVED);
            onSaved.run();
        }, e -> {
            saveState.set(SaveState.FAILED);
            onError.accept(e);
        });
    }

    private void changed() {
        if (filling) {
            return;
        }
        changeCount++;
        saveState.set(SaveState.PENDING);
        validate();
    }

    private void validate() {
        Map<FormField, String> found = new DossierValidation(i18n, LocalDate.now(clock)).check(facts, seller);
        problems.forEach((field, property) -> property.set(found.getOrDefault(field, "")));
    }
}
