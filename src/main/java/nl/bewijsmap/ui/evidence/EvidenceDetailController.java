package nl.bewijsmap.ui.evidence;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.ui.common.Fields;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.common.SaveState;

/** Binds the details pane of the selected evidence to its ViewModel; saves shortly after typing stops. */
public final class EvidenceDetailController {

    private static final Duration SAVE_DELAY = Duration.millis(600);

    private final EvidenceDetailViewModel viewModel;
    private final I18n i18n;
    private final ThumbnailLoader previews;
    private final Consumer<EvidenceItem> onOpen;
    private final Consumer<EvidenceItem> onRemove;
    private final PauseTransition saveTimer = new PauseTransition(SAVE_DELAY);

    @FXML private StackPane root;
    @FXML private Label noSelection;
    @FXML private ScrollPane scroll;
    @FXML private ImageView preview;
    @FXML private Label dateLabel;
    @FXML private Label originalLabel;
    @FXML private Label warningLabel;
    @FXML private Label titleLabel;
    @FXML private TextField titleField;
    @FXML private Label kindLabel;
    @FXML private ComboBox<EvidenceKind> kindCombo;
    @FXML private Label noteLabel;
    @FXML private TextArea noteArea;
    @FXML private Label saveStatus;
    @FXML private DatePicker correctionDatePicker;
    @FXML private TextField correctionTimeField;
    @FXML private Label correctionProblem;
    @FXML private Button restoreButton;
    @FXML private VBox passwordBox;
    @FXML private PasswordField passwordField;
    @FXML private Label passwordProblem;
    @FXML private Label fileLabel;
    @FXML private VBox emailBox;
    @FXML private Label emailHeaders;
    @FXML private Label emailBodyLabel;
    @FXML private TextArea emailBody;
    @FXML private VBox attachmentBox;
    @FXML private VBox attachmentRows;
    @FXML private Label attachmentOutcome;

    public EvidenceDetailController(EvidenceDetailViewModel viewModel, I18n i18n, ThumbnailLoader previews,
                                    Consumer<EvidenceItem> onOpen, Consumer<EvidenceItem> onRemove) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.previews = previews;
        this.onOpen = onOpen;
        this.onRemove = onRemove;
    }

    @FXML
    private void initialize() {
        scroll.visibleProperty().bind(viewModel.itemProperty().isNotNull());
        noSelection.visibleProperty().bind(viewModel.itemProperty().isNull());
        titleField.textProperty().bindBidirectional(viewModel.titleProperty());
        Fields.choices(kindCombo, List.of(EvidenceKind.values()), i18n::name);
        kindCombo.valueProperty().bindBidirectional(viewModel.kindProperty());
        noteArea.textProperty().bindBidirectional(viewModel.noteProperty());
        titleLabel.setLabelFor(titleField);
        kindLabel.setLabelFor(kindCombo);
        noteLabel.setLabelFor(noteArea);
        dateLabel.textProperty().bind(viewModel.dateTextProperty());
        viewModel.weakDateProperty().addListener((obs, old, weak) -> dateLabel.pseudoClassStateChanged(EvidenceStyles.WEAK, weak));
        Fields.bindProblem(originalLabel, viewModel.originalTextProperty());
        originalLabel.getStyleClass().setAll("label", "section-hint");
        Fields.bindProblem(warningLabel, viewModel.warningTextProperty());
        warningLabel.getStyleClass().setAll("label", "evidence-warning");
        Fields.localDates(correctionDatePicker, i18n.locale(), i18n.text("dossier.date.prompt"));
        correctionDatePicker.valueProperty().bindBidirectional(viewModel.correctionDateProperty());
        correctionTimeField.textProperty().bindBidirectional(viewModel.correctionTimeProperty());
        Fields.bindProblem(correctionProblem, viewModel.correctionProblemProperty());
        restoreButton.visibleProperty().bind(viewModel.correctedProperty());
        restoreButton.managedProperty().bind(viewModel.correctedProperty());
        passwordBox.visibleProperty().bind(viewModel.needsPasswordProperty());
        passwordBox.managedProperty().bind(viewModel.needsPasswordProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        Fields.bindProblem(passwordProblem, viewModel.passwordProblemProperty());
        fileLabel.textProperty().bind(viewModel.fileTextProperty());
        saveStatus.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.text("save.state." + viewModel.saveStateProperty().get()), viewModel.saveStateProperty()));
        saveTimer.setOnFinished(e -> viewModel.save());
        viewModel.saveStateProperty().addListener((obs, old, now) -> {
            if (now == SaveState.PENDING) {
                saveTimer.playFromStart();
            }
        });
        viewModel.itemProperty().addListener((obs, old, now) -> showPreview(now));
        bindEmail(viewModel.email());
    }

    private void bindEmail(EmailViewModel email) {
        emailBox.visibleProperty().bind(email.shownProperty());
        emailBox.managedProperty().bind(email.shownProperty());
        emailHeaders.textProperty().bind(email.headersProperty());
        emailBody.textProperty().bind(email.bodyProperty());
        emailBody.visibleProperty().bind(email.bodyProperty().isNotEmpty());
        emailBody.managedProperty().bind(emailBody.visibleProperty());
        emailBodyLabel.visibleProperty().bind(emailBody.visibleProperty());
        emailBodyLabel.managedProperty().bind(emailBody.visibleProperty());
        emailBodyLabel.setLabelFor(emailBody);
        attachmentBox.visibleProperty().bind(Bindings.isNotEmpty(email.attachments()));
        attachmentBox.managedProperty().bind(attachmentBox.visibleProperty());
        Fields.bindProblem(attachmentOutcome, email.outcomeProperty());
        attachmentOutcome.getStyleClass().setAll("label", "section-hint");
        email.attachments().addListener((ListChangeListener<EmailViewModel.AttachmentRow>) change ->
                attachmentRows.getChildren().setAll(email.attachments().stream().map(row -> attachmentRow(email, row))
                        .collect(Collectors.toList())));
    }

    private Node attachmentRow(EmailViewModel email, EmailViewModel.AttachmentRow row) {
        Label name = new Label(row.size().isEmpty() ? row.name() : row.name() + "  (" + row.size() + ")");
        name.setWrapText(true);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        Button add = new Button(i18n.text("email.attachment.add"));
        add.setMinWidth(Button.USE_PREF_SIZE);
        add.setAccessibleText(i18n.text("email.attachment.add") + ": " + row.name());
        add.setOnAction(e -> email.take(row));
        HBox line = new HBox(8, name, add);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("attachment-row");
        return line;
    }

    private void showPreview(EvidenceItem item) {
        if (item == null) {
            setPreview(null);
            return;
        }
        setPreview(previews.get(item, image -> {
            if (viewModel.itemProperty().get() != null && viewModel.itemProperty().get().sha256().equals(item.sha256())) {
                setPreview(image.orElse(null));
            }
        }).orElse(null));
    }

    private void setPreview(Image image) {
        preview.setImage(image);
        preview.setVisible(image != null);
        preview.setManaged(image != null);
    }

    @FXML
    private void applyDate() {
        viewModel.applyCorrection();
    }

    @FXML
    private void restoreDate() {
        viewModel.restoreOriginal();
    }

    @FXML
    private void unlock() {
        viewModel.unlock();
    }

    @FXML
    private void openOriginal() {
        if (viewModel.itemProperty().get() != null) {
            onOpen.accept(viewModel.itemProperty().get());
        }
    }

    @FXML
    private void remove() {
        if (viewModel.itemProperty().get() != null) {
            viewModel.save();
            onRemove.accept(viewModel.itemProperty().get());
        }
    }
}
