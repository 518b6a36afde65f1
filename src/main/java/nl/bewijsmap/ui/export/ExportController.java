package nl.bewijsmap.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.ui.common.Fields;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.letters.LetterLanguage;
import nl.bewijsmap.ui.standing.StandingCards;
import nl.bewijsmap.ui.timeline.TimelineFilter;

/**
 * Binds the export dialog's first two pages (what goes in, the export running), which page shows, and the buttons
 * under them; Escape closes (or stops a running export). The last page is {@link ExportDoneController}'s.
 */
public final class ExportController {

    private static final PseudoClass READY = PseudoClass.getPseudoClass("ready");

    private final ExportViewModel viewModel;
    private final I18n i18n;
    private final Parent donePage;
    private final Runnable onClose;
    /** Kept: a bidirectional binding to a property made on the fly would be lost with it. */
    private ObjectProperty<Integer> maxPartMb;

    @FXML private BorderPane root;
    @FXML private StackPane pages;
    @FXML private SplitPane setupPage;
    @FXML private ScrollPane settingsScroll;
    @FXML private VBox settingsBox;
    @FXML private VBox runningPage;
    @FXML private Label packageRecipientLabel;
    @FXML private ComboBox<Recipient> packageRecipientCombo;
    @FXML private ComboBox<LetterOption> letterCombo;
    @FXML private Label letterWarning;
    @FXML private ComboBox<LetterLanguage> packageLanguageCombo;
    @FXML private Spinner<Integer> sizeSpinner;
    @FXML private CheckBox locationCheck;
    @FXML private TextField fileField;
    @FXML private HBox packageReadyBox;
    @FXML private Label packageReadyIcon;
    @FXML private Label packageReadySummary;
    @FXML private VBox packageIssues;
    @FXML private CheckBox anywayCheck;
    @FXML private Label itemsFilterLabel;
    @FXML private ComboBox<TimelineFilter> itemsFilterCombo;
    @FXML private ListView<ExportItem> itemsList;
    @FXML private Label itemsCount;
    @FXML private ProgressBar exportProgressBar;
    @FXML private Label progressMessage;
    @FXML private Button cancelRunButton;
    @FXML private Label problemText;
    @FXML private Button exportCloseButton;
    @FXML private Button makeButton;

    /** {@code donePage} is the view of the last page, what the export wrote. */
    public ExportController(ExportViewModel viewModel, I18n i18n, Parent donePage, Runnable onClose) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.donePage = donePage;
        this.onClose = onClose;
    }

    @FXML
    private void initialize() {
        pages.getChildren().add(donePage);
        bindSettings();
        bindReadiness();
        bindItems();
        bindPages();
        // The grid sits in a split pane, whose items are no children until it is shown: link from its own box.
        Fields.linkLabels(settingsBox);
        itemsFilterLabel.setLabelFor(itemsFilterCombo);
        packageRecipientLabel.setLabelFor(packageRecipientCombo);
        setupPage.setDividerPositions(0.5);
        Fields.scrollToFocused(settingsScroll);
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                close();
            }
        });
    }

    private void bindSettings() {
        Fields.choices(packageRecipientCombo, viewModel.recipients(), i18n::name);
        packageRecipientCombo.valueProperty().bindBidirectional(viewModel.recipientProperty());
        PackageLetter letter = viewModel.letter();
        Fields.choices(letterCombo, List.of(), letter::name);
        letterCombo.setItems(letter.options());
        letterCombo.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(LetterOption option, boolean empty) {
                super.updateItem(option, empty);
                setText(empty || option == null ? null : letter.name(option));
            }
        });
        letterCombo.valueProperty().bindBidirectional(letter.optionProperty());
        letterWarning.textProperty().bind(letter.warningProperty());
        Fields.showWhen(letterWarning, letter.warningProperty().isNotEmpty());
        Fields.choices(packageLanguageCombo, List.of(LetterLanguage.values()), i18n::name);
        packageLanguageCombo.valueProperty().bindBidirectional(viewModel.languageProperty());
        sizeSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 100,
                viewModel.maxPartMbProperty().get()));
        maxPartMb = viewModel.maxPartMbProperty().asObject();
        sizeSpinner.getValueFactory().valueProperty().bindBidirectional(maxPartMb);
        // A number typed counts when the focus leaves, not only after Enter.
        sizeSpinner.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                sizeSpinner.increment(0);
            }
        });
        locationCheck.selectedProperty().bindBidirectional(viewModel.includeLocationProperty());
        fileField.textProperty().bindBidirectional(viewModel.packageFile().textProperty());
        // The name matters more than the folder: show the end of a long path while the user is not typing in it.
        fileField.textProperty().addListener((obs, old, now) -> showFileEnd());
        fileField.focusedProperty().addListener((obs, was, now) -> showFileEnd());
        fileField.tooltipProperty().bind(Bindings.createObjectBinding(
                () -> new Tooltip(fileField.getText()), fileField.textProperty()));
    }

    private void showFileEnd() {
        if (!fileField.isFocused()) {
            Platform.runLater(fileField::end);
        }
    }

    private void bindReadiness() {
        packageReadySummary.textProperty().bind(viewModel.readiness().summaryProperty());
        var clean = Bindings.isEmpty(viewModel.readiness().rows());
        packageReadyIcon.textProperty().bind(Bindings.when(clean).then("✓").otherwise("⚠"));
        packageReadyIcon.setAccessibleText("");
        clean.addListener((obs, old, now) -> packageReadyBox.pseudoClassStateChanged(READY, now));
        Runnable fill = () -> packageIssues.getChildren().setAll(viewModel.readiness().rows().stream()
                .map(row -> StandingCards.readinessIssue(row, i18n)).toList());
        viewModel.readiness().rows().addListener((ListChangeListener<Object>) change -> fill.run());
        fill.run();
        Fields.showWhen(packageIssues, clean.not());
        anywayCheck.selectedProperty().bindBidirectional(viewModel.readiness().anywayProperty());
        Fields.showWhen(anywayCheck, viewModel.readiness().blockersProperty().greaterThan(0));
    }

    private void bindItems() {
        ExportItems items = viewModel.items();
        Fields.choices(itemsFilterCombo, items.filters(), i18n::name);
        itemsFilterCombo.valueProperty().bindBidirectional(items.filterProperty());
        itemsList.setItems(items.shown());
        itemsList.setCellFactory(list -> new ExportItemCell());
        itemsList.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            ExportItem item = itemsList.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.SPACE && item != null) {
                event.consume();
                item.includedProperty().set(!item.included());
            }
        });
        itemsCount.textProperty().bind(items.countTextProperty());
    }

    private void bindPages() {
        var page = viewModel.pageProperty();
        Fields.showWhen(setupPage, page.isEqualTo(ExportViewModel.Page.SETUP));
        Fields.showWhen(runningPage, page.isEqualTo(ExportViewModel.Page.RUNNING));
        Fields.showWhen(donePage, page.isEqualTo(ExportViewModel.Page.DONE));
        ExportRun run = viewModel.run();
        exportProgressBar.progressProperty().bind(run.progressProperty());
        progressMessage.textProperty().bind(run.messageProperty());
        cancelRunButton.disableProperty().bind(run.cancellingProperty());

        problemText.textProperty().bind(Bindings.createStringBinding(() -> switch (page.get()) {
            case SETUP -> viewModel.statusProperty().get().isEmpty() ? viewModel.exportProblemProperty().get()
                    : viewModel.statusProperty().get();
            case RUNNING, DONE -> "";
        }, page, viewModel.statusProperty(), viewModel.exportProblemProperty()));
        makeButton.disableProperty().bind(viewModel.exportProblemProperty().isNotEmpty());
        Fields.showWhen(makeButton, page.isEqualTo(ExportViewModel.Page.SETUP));
        Fields.showWhen(exportCloseButton, page.isNotEqualTo(ExportViewModel.Page.RUNNING));
        exportCloseButton.textProperty().bind(Bindings.when(page.isEqualTo(ExportViewModel.Page.DONE))
                .then(i18n.text("export.close")).otherwise(i18n.text("dialog.cancel")));
        // Enter makes the package on the first page and closes the last one.
        makeButton.defaultButtonProperty().bind(page.isEqualTo(ExportViewModel.Page.SETUP));
        exportCloseButton.defaultButtonProperty().bind(page.isEqualTo(ExportViewModel.Page.DONE));
        page.addListener((obs, old, now) -> {
            if (now == ExportViewModel.Page.DONE) {
                exportCloseButton.requestFocus();
            } else if (now == ExportViewModel.Page.RUNNING) {
                cancelRunButton.requestFocus();
            }
        });
    }

    @FXML
    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("export.file.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.text("letters.save.pdf"), "*.pdf"));
        // The documents folder was found on the worker, so it is there; the FX thread does not look at the disk.
        Path folder = viewModel.packageFile().folder();
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        Path current = viewModel.file();
        if (current != null) {
            chooser.setInitialFileName(current.getFileName().toString());
        }
        File chosen = chooser.showSaveDialog(root.getScene().getWindow());
        if (chosen != null) {
            viewModel.chooseFile(chosen.toPath());
        }
    }

    @FXML
    private void includeAll() {
        viewModel.items().includeShown(true);
    }

    @FXML
    private void includeNone() {
        viewModel.items().includeShown(false);
    }

    @FXML
    private void export() {
        viewModel.export();
    }

    @FXML
    private void cancelExport() {
        viewModel.cancel();
    }

    /** Closes the dialog; a running export is asked to stop instead, and the dialog stays to show that it did. */
    @FXML
    private void close() {
        if (viewModel.pageProperty().get() == ExportViewModel.Page.RUNNING) {
            viewModel.cancel();
        } else {
            onClose.run();
        }
    }
}
