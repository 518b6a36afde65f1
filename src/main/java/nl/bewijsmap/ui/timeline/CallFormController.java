package nl.bewijsmap.ui.timeline;

import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import nl.bewijsmap.domain.CallDirection;
import nl.bewijsmap.domain.CallEntry;
import nl.bewijsmap.ui.common.Fields;
import nl.bewijsmap.ui.common.I18n;

/**
 * Binds the phone call form to its ViewModel. A new call puts the cursor in the agent's field: the name is the
 * first thing said on a call, and a name carried over from the call before is selected, so typing replaces it and
 * Tab keeps it. {@link EntryFormView#SAVE_KEYS} saves, Escape cancels.
 */
public final class CallFormController {

    private final CallFormViewModel viewModel;
    private final EntryForm<CallEntry> form;
    private final I18n i18n;
    private final EntryFormView.Confirmation confirmation;
    private final Runnable onClose;

    @FXML private Parent root;
    @FXML private ScrollPane scroll;
    @FXML private Label heading;
    @FXML private DatePicker datePicker;
    @FXML private Label dateProblem;
    @FXML private TextField timeField;
    @FXML private Label timeProblem;
    @FXML private TextField durationField;
    @FXML private Label durationProblem;
    @FXML private ToggleGroup directionGroup;
    @FXML private RadioButton outgoingRadio;
    @FXML private RadioButton incomingRadio;
    @FXML private TextField agentField;
    @FXML private TextField departmentField;
    @FXML private TextField referenceField;
    @FXML private TextArea summaryArea;
    @FXML private TextArea agreementsArea;
    @FXML private Label agreementsHint;
    @FXML private DatePicker followUpPicker;
    @FXML private Label followUpProblem;
    @FXML private Button saveButton;
    @FXML private Button deleteButton;
    @FXML private Label keysHint;

    /** {@code onClose} hides the form (Cancel, Escape); Delete asks through {@code confirmation} first. */
    public CallFormController(CallFormViewModel viewModel, I18n i18n, EntryFormView.Confirmation confirmation,
                              Runnable onClose) {
        this.viewModel = viewModel;
        this.form = viewModel.form();
        this.i18n = i18n;
        this.confirmation = confirmation;
        this.onClose = onClose;
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(viewModel.headingProperty());
        EntryFormView.bindForm(form, i18n, datePicker, dateProblem, timeField, timeProblem);
        durationField.textProperty().bindBidirectional(viewModel.durationProperty());
        Fields.bindProblem(durationProblem, viewModel.durationProblemProperty());
        bindDirection();
        agentField.textProperty().bindBidirectional(viewModel.agentProperty());
        departmentField.textProperty().bindBidirectional(viewModel.departmentProperty());
        referenceField.textProperty().bindBidirectional(viewModel.referenceProperty());
        summaryArea.textProperty().bindBidirectional(viewModel.summaryProperty());
        agreementsArea.textProperty().bindBidirectional(viewModel.agreementsProperty());
        Fields.bindProblem(agreementsHint, viewModel.agreementsHintProperty());
        agreementsHint.getStyleClass().setAll("label", "section-hint", "entry-hint");
        Fields.localDates(followUpPicker, i18n.locale(), i18n.text("dossier.date.prompt"));
        followUpPicker.valueProperty().bindBidirectional(viewModel.followUpProperty());
        Fields.bindProblem(followUpProblem, viewModel.followUpProblemProperty());
        EntryFormView.bindButtons(form, i18n, root, saveButton, deleteButton, keysHint);
        EntryFormView.prepare(root, scroll, this::save, this::cancel);
        EntryFormView.focusOnNew(form, agentField);
        viewModel.agentPrefilledProperty().addListener((obs, was, prefilled) -> {
            if (prefilled && agentField.isFocused()) {
                agentField.selectAll();
            }
        });
    }

    private void bindDirection() {
        outgoingRadio.setUserData(CallDirection.OUTGOING);
        incomingRadio.setUserData(CallDirection.INCOMING);
        showDirection(viewModel.directionProperty().get());
        viewModel.directionProperty().addListener((obs, old, now) -> showDirection(now));
        directionGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                showDirection(viewModel.directionProperty().get());
            } else {
                viewModel.directionProperty().set((CallDirection) now.getUserData());
            }
        });
    }

    private void showDirection(CallDirection direction) {
        directionGroup.selectToggle(direction == CallDirection.INCOMING ? incomingRadio : outgoingRadio);
    }

    @FXML
    private void save() {
        if (!viewModel.save()) {
            EntryFormView.focusFirstProblem(List.of(Map.entry(form.dateProblemProperty(), datePicker),
                    Map.entry(form.timeProblemProperty(), timeField),
                    Map.entry(viewModel.durationProblemProperty(), durationField),
                    Map.entry(viewModel.followUpProblemProperty(), followUpPicker)));
        }
    }

    @FXML
    private void cancel() {
        EntryFormView.close(form, i18n, confirmation, onClose);
    }

    @FXML
    private void delete() {
        EntryFormView.deleteAfterAsking(form, confirmation, "timeline.callForm.delete.title",
                viewModel.deleteQuestion(), viewModel::delete);
    }
}
