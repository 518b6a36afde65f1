package nl.bewijsmap.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Every dialog of the app: always owned by the main window, always in the user's language. */
public final class DialogService {

    private final Window owner;
    private final I18n i18n;

    public DialogService(Window owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    /** Asks for a line of text, e.g. a dossier's title; empty answers count as no answer. */
    public Optional<String> askText(String titleKey, String promptKey, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        prepare(dialog, titleKey);
        dialog.setHeaderText(i18n.text(promptKey));
        dialog.getEditor().setId("dialogTextField");
        dialog.getEditor().setAccessibleText(i18n.text(promptKey));
        // JavaFX has no Dutch texts of its own for OK and Cancel.
        ButtonType ok = new ButtonType(i18n.text("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }

    public boolean confirm(String titleKey, String message, String confirmKey) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        prepare(alert, titleKey);
        alert.setHeaderText(message);
        ButtonType yes = new ButtonType(i18n.text(confirmKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(i18n.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    /** A plain-words message that needs no decision. */
    public void showInfo(String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        prepare(alert, "dialog.info.title");
        alert.setHeaderText(message);
        alert.getButtonTypes().setAll(new ButtonType(i18n.text("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.showAndWait();
    }

    /** A plain-words error; the technical details are folded away for whoever helps the user. */
    public void showError(String message, Throwable cause) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        prepare(alert, "dialog.error.title");
        alert.setHeaderText(message);
        alert.getButtonTypes().setAll(new ButtonType(i18n.text("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        if (cause != null) {
            StringWriter trace = new StringWriter();
            cause.printStackTrace(new PrintWriter(trace));
            TextArea details = new TextArea(trace.toString());
            details.setEditable(false);
            details.setWrapText(false);
            alert.getDialogPane().setExpandableContent(details);
        }
        alert.showAndWait();
    }

    /** Shows a dialog built elsewhere, owned by the main window, and waits for its answer. */
    public <T> Optional<T> ask(Dialog<T> dialog, String titleKey) {
        prepare(dialog, titleKey);
        return dialog.showAndWait();
    }

    /** The window every dialog belongs to, for the file choosers. */
    public Window owner() {
        return owner;
    }

    private void prepare(Dialog<?> dialog, String titleKey) {
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text(titleKey));
        dialog.setGraphic(null);
    }
}
