package nl.bewijsmap.ui.timeline;

import java.time.Clock;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import nl.bewijsmap.app.DossierLog;
import nl.bewijsmap.domain.DossierEvent;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.Forms;
import nl.bewijsmap.ui.common.I18n;

/**
 * The form for a note or an event without a document (a complaint sent, a repair, a visit): its kind with a
 * plain-words explanation, when it happened and the consumer's text. Saving reports whether the dossier moved on
 * to a later phase.
 */
public final class EventFormViewModel implements EntryFormModel {

    private final DossierLog log;
    private final I18n i18n;
    private final Consumer<DossierLog.Recorded> onSaved;
    private final Consumer<DossierEvent> onDeleted;
    private final EntryForm<DossierEvent> form;

    private final ObjectProperty<EventKind> kind = new SimpleObjectProperty<>(EventKind.NOTE);
    private final StringProperty text = Forms.text();
    private final StringProperty textProblem = Forms.text();
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper textLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");

    public EventFormViewModel(DossierLog log, Background background, I18n i18n, Clock clock,
                              Consumer<Exception> onError, Consumer<DossierLog.Recorded> onSaved,
                              Consumer<DossierEvent> onDeleted) {
        this.log = log;
        this.i18n = i18n;
        this.onSaved = onSaved;
        this.onDeleted = onDeleted;
        this.form = new EntryForm<>(background, i18n, clock, onError, DossierEvent::occurredAt, this::check);
        form.watch(kind, text);
        kind.addListener(obs -> describe());
        form.storedProperty().addListener(obs -> describe());
        describe();
    }

    /** An empty form for a new entry of this kind (a note when none is given), dated now. */
    public void startNew(long dossierId, EventKind newKind) {
        form.fillNew(dossierId, () -> fields(newKind == null ? EventKind.NOTE : newKind, ""));
    }

    /** The form filled in from a stored note or event; it then also offers Delete. */
    public void edit(DossierEvent event) {
        form.fillStored(event.dossierId(), event, () -> fields(event.kind(), event.text()));
    }

    private void fields(EventKind shownKind, String shownText) {
        kind.set(shownKind);
        text.set(shownText);
        textProblem.set("");
    }

    /**
     * Checks the input and, when it is all right, writes it in the background, then hands the outcome (with the
     * phase the dossier moved on to, if any) to {@code onSaved}. Returns whether it started writing; when not,
     * each problem shows under its field.
     */
    @Override
    public boolean save() {
        if (!form.canWrite() || !check()) {
            return false;
        }
        EventKind chosen = kind.get();
        String written = Forms.value(text);
        Timestamp at = form.moment();
        DossierEvent current = form.storedProperty().get();
        long dossierId = form.dossierId();
        form.write(() -> current == null ? log.record(dossierId, chosen, at, written)
                : log.update(current.id(), chosen, at, written), DossierLog.Recorded::event, onSaved);
        return true;
    }

    /** Removes the stored entry shown (the view has asked the user first), then empties the form. */
    public void delete() {
        form.remove(event -> log.removeEvent(event.id()), onDeleted, () -> fields(EventKind.NOTE, ""));
    }

    /** The question Delete asks, naming the entry by its kind and moment. */
    public String deleteQuestion() {
        DossierEvent shown = form.storedProperty().get();
        return shown == null ? "" : i18n.text("timeline.eventForm.delete.question", i18n.name(shown.kind()),
                form.storedWhen());
    }

    @Override
    public boolean hasUnsavedChanges() {
        return form.dirtyProperty().get();
    }

    private boolean check() {
        boolean momentOk = form.checkMoment();
        boolean missingText = kind.get() == EventKind.NOTE && Forms.value(text).isEmpty();
        textProblem.set(missingText ? i18n.text("timeline.eventForm.text.missing") : "");
        return momentOk && !missingText;
    }

    private void describe() {
        EventKind shown = kind.get() == null ? EventKind.NOTE : kind.get();
        boolean note = shown == EventKind.NOTE;
        boolean stored = form.storedProperty().get() != null;
        explanation.set(i18n.text("timeline.eventForm.explain." + shown.name()));
        textLabel.set(i18n.text(note ? "timeline.eventForm.text.note" : "timeline.eventForm.text.details"));
        heading.set(i18n.text(note
                ? (stored ? "timeline.eventForm.heading.note" : "timeline.eventForm.heading.newNote")
                : (stored ? "timeline.eventForm.heading.event" : "timeline.eventForm.heading.newEvent")));
    }

    /** The date, time and state this form shares with the call form. */
    @Override
    public EntryForm<DossierEvent> form() {
        return form;
    }

    /** "New note", "Note", "New event" or "Event" */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ObjectProperty<EventKind> kindProperty() {
        return kind;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty textProblemProperty() {
        return textProblem;
    }

    /** One line in plain words on what the chosen kind means and what to keep as evidence. */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** "Note" for a note, "Details (optional)" for anything else. */
    public ReadOnlyStringProperty textLabelProperty() {
        return textLabel.getReadOnlyProperty();
    }

    /** True while a stored entry is shown: the view then offers Delete. */
    public ReadOnlyBooleanProperty editingProperty() {
        return form.editingProperty();
    }
}
