package nl.bewijsmap.ui.settings;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import nl.bewijsmap.ui.common.Fields;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.common.SaveState;
import nl.bewijsmap.ui.settings.SettingsViewModel.ProfileField;

/** Binds the settings window: the consumer's profile and the app's language. */
public final class SettingsController {

    private final SettingsViewModel viewModel;
    private final I18n i18n;
    private final Runnable close;
    private final PauseTransition saveTimer = new PauseTransition(Duration.millis(600));

    @FXML private VBox root;
    @FXML private TextField nameField;
    @FXML private TextField streetField;
    @FXML private TextField postalCodeField;
    @FXML private Label postalCodeProblem;
    @FXML private TextField cityField;
    @FXML private TextField countryField;
    @FXML private TextField emailField;
    @FXML private Label emailProblem;
    @FXML private TextField phoneField;
    @FXML private TextField ibanField;
    @FXML private Label ibanProblem;
    @FXML private ComboBox<LanguageChoice> languageCombo;
    @FXML private Label saveStatus;

    public SettingsController(SettingsViewModel viewModel, I18n i18n, Runnable close) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.close = close;
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        streetField.textProperty().bindBidirectional(viewModel.streetProperty());
        postalCodeField.textProperty().bindBidirectional(viewModel.postalCodeProperty());
        cityField.textProperty().bindBidirectional(viewModel.cityProperty());
        countryField.textProperty().bindBidirectional(viewModel.countryProperty());
        emailField.textProperty().bindBidirectional(viewModel.emailProperty());
        phoneField.textProperty().bindBidirectional(viewModel.phoneProperty());
        ibanField.textProperty().bindBidirectional(viewModel.ibanProperty());
        Fields.bindProblem(postalCodeProblem, viewModel.problem(ProfileField.POSTAL_CODE));
        Fields.bindProblem(emailProblem, viewModel.problem(ProfileField.EMAIL));
        Fields.bindProblem(ibanProblem, viewModel.problem(ProfileField.IBAN));
        for (ProfileField field : ProfileField.values()) {
            // A problem line makes the form taller; grow the window so nothing is cut off.
            viewModel.problem(field).addListener((obs, old, now) -> Platform.runLater(() -> {
                if (root.getScene() != null && root.getScene().getWindow() != null) {
                    root.getScene().getWindow().sizeToScene();
                }
            }));
        }
        Fields.choices(languageCombo, List.of(LanguageChoice.values()),
                choice -> i18n.text("settings.language." + choice.code()));
        languageCombo.valueProperty().bindBidirectional(viewModel.languageProperty());
        Fields.linkLabels(root);
        saveStatus.textProperty().bind(viewModel.statusTextProperty());
        saveTimer.setOnFinished(e -> viewModel.save());
        viewModel.saveStateProperty().addListener((obs, old, now) -> {
            if (now == SaveState.PENDING) {
                saveTimer.playFromStart();
            }
        });
        root.disableProperty().bind(viewModel.loadedProperty().not());
    }

    /** Saves at once; called when the window closes. */
    public void flush() {
        saveTimer.stop();
        viewModel.save();
    }

    @FXML
    private void close() {
        flush();
        close.run();
    }
}
