package nl.bewijsmap.ui.timeline;

import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import nl.bewijsmap.domain.DossierEvent;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.ui.common.Fields;
import nl.bewijsmap.ui.common.I18n;

/**
 * Binds the note and event form to its ViewModel. {@link EntryFormView#SAVE_KEYS} saves, Escape cancels (asking first when
 * something was typed), Tab leaves a text area for the next field.
 */
public final class EventFormController {

    private final EventFormViewModel viewModel;
    private final I18n i18n;
    private final EntryFormView.Confirmation confirmation;
    private final Runnable onClose;

    @FXML private Parent root;
    @FXML private ScrollPane scroll;
    @FXML private Label heading;
    @FXML private ComboBox<EventKind> kindCombo;
    @FXML private Label explanation;
    @FXML private DatePicker datePicker;
    @FXML private Label dateProblem;
    @FXML private TextField timeField;
    @FXML private Label timeProblem;
    @FXML private Label textLabel;
    @FXML private TextArea textArea;
    @FXML private Label textProblem;
    @FXML private Button saveButton;
    @FXML private Button deleteButton;
    @FXML private Label keysHint;

    /** {@code onClose} hides the form (Cancel, Escape); Delete asks through {@code confirmation} first. */
    public EventFormController(EventFormViewModel viewModel, I18n i18n, EntryFormView.Confirmation confirmation,
                               Runnable onClose) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.confirmation = confirmation;
        this.onClose = onClose;
    }

    @FXML
    private void initialize() {
        EntryForm<DossierEvent> form = viewModel.form();
        heading.textProperty().bind(viewModel.headingProperty());
        Fields.choices(kindCombo, List.of(EventKind.values()), i18n::name);
        kindCombo.valueProperty().bindBidirectional(viewModel.kindProperty());
        explanation.textProperty().bind(viewModel.explanationProperty());
        textLabel.textProperty().bind(viewModel.textLabelProperty());
        textArea.accessibleTextProperty().bind(viewModel.textLabelProperty());
        textArea.textProperty().bindBidirectional(viewModel.textProperty());
        Fields.bindProblem(textProblem, viewModel.textProblemProperty());
        EntryFormView.bindForm(form, i18n, datePicker, dateProblem, timeField, timeProblem);
        EntryFormView.bindButtons(form, i18n, root, saveButton, deleteButton, keysHint);
        EntryFormView.prepare(root, scroll, this::save, this::cancel);
        // The kind is chosen before the form opens, and the date is now: what is left to type is the text.
        EntryFormView.focusOnNew(form, textArea);
    }

    @FXML
    private void save() {
        if (!viewModel.save()) {
            EntryForm<DossierEvent> form = viewModel.form();
            EntryFormView.focusFirstProblem(List.of(Map.entry(form.dateProblemProperty(), datePicker),
                    Map.entry(form.timeProblemProperty(), timeField), Map.entry(viewModel.textProblemProperty(), textArea)));
        }
    }

    @FXML
    private void cancel() {
        EntryFormView.close(viewModel.form(), i18n, confirmation, onClose);
    }

    @FXML
    private void delete() {
        EntryFormView.deleteAfterAsking(viewModel.form(), confirmation, "timeline.eventForm.delete.title", viewModel.deleteQuestion(),
                viewModel::delete);
    }
}
