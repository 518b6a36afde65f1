package nl.bewijsmap.ui.evidence;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.bewijsmap.app.EvidenceEditor;
import nl.bewijsmap.app.ProblemTexts;
import nl.bewijsmap.domain.ImportProblem;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.Forms;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.common.SaveState;

/**
 * The one piece of evidence the user picked: its description (saved as they type), its date and where that
 * came from, a corrected date (the file's own reading is kept), its password when it has one.
 */
public final class EvidenceDetailViewModel {

    private final EvidenceEditor editor;
    private final Background background;
    private final I18n i18n;
    private final EvidenceTexts texts;
    private final Consumer<EvidenceItem> onChanged;
    private final Consumer<Exception> onError;
    private final EmailViewModel email;

    private final ObjectProperty<EvidenceItem> item = new SimpleObjectProperty<>();
    private final StringProperty title = Forms.text();
    private final ObjectProperty<EvidenceKind> kind = new SimpleObjectProperty<>();
    private final StringProperty note = Forms.text();
    private final ObjectProperty<SaveState> saveState = new SimpleObjectProperty<>(SaveState.SAVED);
    private final StringProperty dateText = Forms.text();
    private final StringProperty originalText = Forms.text();
    private final BooleanProperty weakDate = new SimpleBooleanProperty(false);
    private final BooleanProperty corrected = new SimpleBooleanProperty(false);
    private final StringProperty warningText = Forms.text();
    private final StringProperty fileText = Forms.text();
    private final ObjectProperty<LocalDate> correctionDate = new SimpleObjectProperty<>();
    private final StringProperty correctionTime = Forms.text();
    private final StringProperty correctionProblem = Forms.text();
    private final BooleanProperty needsPassword = new SimpleBooleanProperty(false);
    private final StringProperty password = Forms.text();
    private final StringProperty passwordProblem = Forms.text();
    private boolean filling;

    public EvidenceDetailViewModel(EvidenceEditor editor, EmailViewModel email, Background background, I18n i18n,
                                   Consumer<EvidenceItem> onChanged, Consumer<Exception> onError) {
        this.email = email;
        this.editor = editor;
        this.background = background;
        this.i18n = i18n;
        this.texts = new EvidenceTexts(i18n);
        this.onChanged = onChanged;
        this.onError = onError;
        Forms.watch(this::edited, title, kind, note);
    }

    /** Shows another item (or none); what was typed for the previous one is saved first. */
    public void show(EvidenceItem shown) {
        save();
        filling = true;
        item.set(shown);
        title.set(shown == null ? "" : shown.title());
        kind.set(shown == null ? null : shown.kind());
        note.set(shown == null ? "" : shown.note());
        filling = false;
        saveState.set(SaveState.SAVED);
        password.set("");
        passwordProblem.set("");
        correctionProblem.set("");
        describe(shown);
        email.show(shown);
    }

    private void describe(EvidenceItem shown) {
        if (shown == null) {
            dateText.set("");
            originalText.set("");
            warningText.set("");
            fileText.set("");
            weakDate.set(false);
            corrected.set(false);
            needsPassword.set(false);
            correctionDate.set(null);
            correctionTime.set("");
            return;
        }
        dateText.set(texts.when(shown.occurredAt()));
        corrected.set(shown.dateCorrected());
        originalText.set(shown.dateCorrected() ? i18n.text("evidence.date.original", texts.when(shown.originalReading())) : "");
        weakDate.set(EvidenceTexts.isWeak(shown));
        warningText.set(String.join(" ", texts.warnings(shown)));
        needsPassword.set(ProblemTexts.decode(shown.warning()).stream()
                .anyMatch(problem -> problem.code() == ImportProblem.ENCRYPTED));
        fileText.set(i18n.text("evidence.file", shown.originalName(), texts.size(shown.size()),
                shown.mediaType().mimeType(), shown.sha256()));
        correctionDate.set(shown.occurredAt() == null ? null : shown.occurredAt().local().toLocalDate());
        correctionTime.set(shown.occurredAt() == null || shown.occurredAt().precision() == Precision.DAY
                ? "" : shown.occurredAt().local().toLocalTime().withSecond(0).withNano(0).toString());
    }

    private void edited() {
        if (!filling && item.get() != null) {
            saveState.set(SaveState.PENDING);
        }
    }

    /** Writes the title, kind and note typed; nothing when nothing changed. */
    public void save() {
        EvidenceItem current = item.get();
        if (current == null || saveState.get() != SaveState.PENDING) {
            return;
        }
        EvidenceKind chosen = kind.get() == null ? current.kind() : kind.get();
        String newTitle = Forms.value(title).isEmpty() ? current.title() : Forms.value(title);
        String newNote = Forms.value(note);
        saveState.set(SaveState.SAVING);
        background.run(() -> editor.describe(current.id(), chosen, newTitle, newNote), saved -> {
            if (item.get() != null && item.get().id() == saved.id()) {
                item.set(saved);
                saveState.set(saveState.get() == SaveState.SAVING ? SaveState.SAVED : saveState.get());
            }
            onChanged.accept(saved);
        }, this::failed);
    }

    /** Sets the date the user gives; an empty time means the day only. */
    public void applyCorrection() {
        EvidenceItem current = item.get();
        if (current == null) {
            return;
        }
        if (correctionDate.get() == null) {
            correctionProblem.set(i18n.text("evidence.correct.noDate"));
            return;
        }
        Optional<LocalTime> time = parseTime(Forms.value(correctionTime));
        if (!Forms.value(correctionTime).isEmpty() && time.isEmpty()) {
            correctionProblem.set(i18n.text("evidence.correct.badTime"));
            return;
        }
        correctionProblem.set("");
        LocalDate date = correctionDate.get();
        background.run(() -> editor.correctDate(current.id(), date, time.orElse(null)), this::replaced, this::failed);
    }

    public void restoreOriginal() {
        EvidenceItem current = item.get();
        if (current != null) {
            background.run(() -> editor.restoreOriginalDate(current.id()), this::replaced, this::failed);
        }
    }

    /** Tries the password the user typed; the reading is replaced when it was right. */
    public void unlock() {
        EvidenceItem current = item.get();
        String given = password.get() == null ? "" : password.get();
        if (current == null || given.isEmpty()) {
            return;
        }
        passwordProblem.set(i18n.text("evidence.password.trying"));
        background.run(() -> editor.unlock(current, given), unlocked -> {
                    password.set("");
                    if (unlocked.isPresent()) {
                        passwordProblem.set("");
                        replaced(unlocked.get());
                    } else {
                        passwordProblem.set(i18n.text("evidence.password.wrong"));
                    }
                }, this::failed);
    }

    private void replaced(EvidenceItem updated) {
        if (item.get() != null && item.get().id() == updated.id()) {
            item.set(updated);
            describe(updated);
        }
        onChanged.accept(updated);
    }

    private void failed(Exception e) {
        saveState.set(SaveState.FAILED);
        onError.accept(e);
    }

    static Optional<LocalTime> parseTime(String text) {
        String clean = text.strip().replace('.', ':');
        if (clean.matches("\\d{1,2}")) {
            clean = clean + ":00";
        }
        if (clean.matches("\\d:\\d{2}")) {
            clean = "0" + clean;
        }
        try {
            return Optional.of(LocalTime.parse(clean));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public EmailViewModel email() {
        return email;
    }

    public ReadOnlyObjectProperty<EvidenceItem> itemProperty() {
        return item;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<EvidenceKind> kindProperty() {
        return kind;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState;
    }

    public StringProperty dateTextProperty() {
        return dateText;
    }

    public StringProperty originalTextProperty() {
        return originalText;
    }

    public BooleanProperty weakDateProperty() {
        return weakDate;
    }

    public BooleanProperty correctedProperty() {
        return corrected;
    }

    public StringProperty warningTextProperty() {
        return warningText;
    }

    public StringProperty fileTextProperty() {
        return fileText;
    }

    public ObjectProperty<LocalDate> correctionDateProperty() {
        return correctionDate;
    }

    public StringProperty correctionTimeProperty() {
        return correctionTime;
    }

    public StringProperty correctionProblemProperty() {
        return correctionProblem;
    }

    public BooleanProperty needsPasswordProperty() {
        return needsPassword;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty passwordProblemProperty() {
        return passwordProblem;
    }
}
