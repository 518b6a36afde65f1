package nl.bewijsmap.ui.timeline;

import java.util.List;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import nl.bewijsmap.ui.common.Fields;
import nl.bewijsmap.ui.common.I18n;

/**
 * What the call and the event form views share: binding the date and time, the buttons and keys ({@link #SAVE_KEYS}
 * saves, Escape cancels, Tab leaves a text area), focus, and asking before deleting or dropping typed text.
 */
public final class EntryFormView {

    /** Asks the user to confirm, as {@code DialogService.confirm} does: {@code dialogs::confirm} fits. */
    @FunctionalInterface
    public interface Confirmation {
        boolean confirm(String titleKey, String question, String confirmKey);
    }

    /** Ctrl+Enter, or Cmd+Enter on a Mac: saves from anywhere in the form, a text area included. */
    public static final KeyCombination SAVE_KEYS = new KeyCodeCombination(KeyCode.ENTER,
            KeyCombination.SHORTCUT_DOWN);

    private EntryFormView() {
    }

    /** Binds the date and time fields, with their problems, to the form's. */
    static void bindForm(EntryForm<?> form, I18n i18n, DatePicker date, Label dateProblem,
                         TextField time, Label timeProblem) {
        Fields.localDates(date, i18n.locale(), i18n.text("dossier.date.prompt"));
        date.valueProperty().bindBidirectional(form.dateProperty());
        time.textProperty().bindBidirectional(form.timeProperty());
        Fields.bindProblem(dateProblem, form.dateProblemProperty());
        Fields.bindProblem(timeProblem, form.timeProblemProperty());
    }

    /**
     * Save is the default button only while the focus is in this form, so Enter elsewhere in the window saves
     * nothing; both buttons wait while a save runs; Delete shows only for a stored entry.
     */
    static void bindButtons(EntryForm<?> form, I18n i18n, Node root, Button save, Button delete,
                            Label keysHint) {
        save.defaultButtonProperty().bind(root.focusWithinProperty());
        save.disableProperty().bind(form.busyProperty());
        delete.disableProperty().bind(form.busyProperty());
        delete.visibleProperty().bind(form.editingProperty());
        delete.managedProperty().bind(form.editingProperty());
        // JavaFX writes Enter as "↵": spelled out it is plainer, except in a Mac's own "⌘↵" (no "+").
        String keys = SAVE_KEYS.getDisplayText();
        keysHint.setText(i18n.text("timeline.entryForm.keys", keys.contains("+") ? keys.replace("↵", "Enter") : keys));
    }

    /** The keys, the labels above their inputs, and scrolling to the field that has the focus. */
    static void prepare(Parent root, ScrollPane scroll, Runnable save, Runnable cancel) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            // A filter: the text areas would otherwise take Ctrl+Enter for themselves.
            if (SAVE_KEYS.match(event)) {
                event.consume();
                save.run();
            }
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            // A handler: a date picker's open calendar takes Escape first, to close itself.
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                cancel.run();
            }
        });
        Parent content = (Parent) scroll.getContent();
        content.lookupAll(".text-area").forEach(area -> area.addEventFilter(KeyEvent.KEY_PRESSED,
                EntryFormView::tabLeavesTextArea));
        linkLabelsAbove(content);
        Fields.scrollToFocused(scroll);
    }

    /** In a form, Tab in a text area goes on to the next field (as Ctrl+Tab does) instead of typing a tab. */
    private static void tabLeavesTextArea(KeyEvent event) {
        if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown() && !event.isMetaDown()) {
            event.consume();
            Node area = (Node) event.getSource();
            area.fireEvent(new KeyEvent(area, area, KeyEvent.KEY_PRESSED, event.getCharacter(), event.getText(),
                    KeyCode.TAB, event.isShiftDown(), true, false, false));
        }
    }

    /**
     * Links the label at the top of each {@code entry-field} box to the input below it (the first of a row of
     * inputs), so screen readers announce it and its mnemonic focuses the input.
     */
    private static void linkLabelsAbove(Parent content) {
        for (Node box : content.lookupAll(".entry-field")) {
            List<Node> children = ((Pane) box).getChildren();
            if (children.size() > 1 && children.get(0) instanceof Label label && label.getLabelFor() == null) {
                Node input = children.get(1);
                label.setLabelFor(input instanceof Pane row && !row.getChildren().isEmpty()
                        ? row.getChildren().get(0) : input);
            }
        }
    }

    /** Puts the focus in {@code field} each time a new entry is started, and now when one already is. */
    static void focusOnNew(EntryForm<?> form, Control field) {
        form.startedProperty().addListener(obs -> focusWhenShown(field));
        if (form.dossierId() >= 0 && !form.editingProperty().get()) {
            focusWhenShown(field);
        }
    }

    /** Puts the cursor in the field now, or as soon as the form is in a window. */
    static void focusWhenShown(Control field) {
        if (field.getScene() != null) {
            focus(field);
            return;
        }
        field.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene != null) {
                    field.sceneProperty().removeListener(this);
                    focus(field);
                }
            }
        });
    }

    private static void focus(Control field) {
        field.requestFocus();
        if (field instanceof TextInputControl input) {
            // Typing replaces a name filled in from the call before; Tab keeps it.
            input.selectAll();
        }
    }

    /** After a refused save, the cursor goes to the first field, in the order given, that shows a problem. */
    static void focusFirstProblem(List<? extends Map.Entry<? extends ObservableStringValue, ? extends Control>> problems) {
        problems.stream().filter(problem -> !problem.getKey().get().isEmpty()).findFirst()
                .ifPresent(problem -> problem.getValue().requestFocus());
    }

    /** Deletes the stored entry shown once the user confirmed it. */
    static void deleteAfterAsking(EntryForm<?> form, Confirmation confirmation, String titleKey,
                                  String question, Runnable delete) {
        if (form.editingProperty().get() && confirmation.confirm(titleKey, question, "timeline.entryForm.delete")) {
            delete.run();
        }
    }

    /** Closes the form; when something was typed, only after the user agreed to lose it. */
    static void close(EntryForm<?> form, I18n i18n, Confirmation confirmation, Runnable onClose) {
        if (!form.dirtyProperty().get() || confirmation.confirm("timeline.entryForm.discard.title",
                i18n.text("timeline.entryForm.discard.question"), "timeline.entryForm.discard.confirm")) {
            onClose.run();
        }
    }
}
