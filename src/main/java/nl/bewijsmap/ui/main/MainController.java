package nl.bewijsmap.ui.main;

import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import nl.bewijsmap.domain.DossierSummary;
import nl.bewijsmap.ui.common.DialogService;
import nl.bewijsmap.ui.common.I18n;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;

/** Binds the main window: the dossier list on the left, the chosen dossier on the right. */
public final class MainController {

    private static final Duration UNDO_SHOWN = Duration.seconds(12);

    private final MainViewModel viewModel;
    private final I18n i18n;
    private final DialogServiceProvider dialogs;
    private final Parent dossierView;
    private final Runnable openSettings;
    private final PauseTransition undoTimer = new PauseTransition(UNDO_SHOWN);

    @FXML private BorderPane root;
    @FXML private SplitPane splitPane;
    @FXML private HBox searchBox;
    @FXML private CheckBox showArchivedCheck;
    @FXML private ListView<DossierSummary> dossierList;
    @FXML private Label noMatchesLabel;
    @FXML private StackPane detailPane;
    @FXML private Label chooseLabel;
    @FXML private VBox emptyState;
    @FXML private HBox undoBar;
    @FXML private Label undoMessage;
    @FXML private Button undoButton;

    /** The dialog service needs the window, which exists only after the view is shown. */
    public interface DialogServiceProvider {
        DialogService get();
    }

    public MainController(MainViewModel viewModel, I18n i18n, DialogServiceProvider dialogs, Parent dossierView,
                          Runnable openSettings) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.dossierView = dossierView;
        this.openSettings = openSettings;
    }

    @FXML
    private void initialize() {
        CustomTextField search = (CustomTextField) TextFields.createClearableTextField();
        search.setId("searchField");
        search.setPromptText(i18n.text("main.search"));
        search.setAccessibleText(i18n.text("main.search"));
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        HBox.setHgrow(search, javafx.scene.layout.Priority.ALWAYS);
        search.setMaxWidth(Double.MAX_VALUE);
        searchBox.getChildren().add(search);

        showArchivedCheck.selectedProperty().bindBidirectional(viewModel.showArchivedProperty());
        dossierList.setItems(viewModel.visibleDossiers());
        dossierList.setCellFactory(list -> new DossierCell(i18n));
        dossierList.setContextMenu(contextMenu());
        dossierList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                deleteSelected();
            } else if (e.getCode() == KeyCode.F2) {
                renameSelected();
            }
        });
        dossierList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null || !viewModel.visibleDossiers().contains(old)) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && dossierList.getSelectionModel().getSelectedItem() != now) {
                dossierList.getSelectionModel().select(now);
                dossierList.scrollTo(now);
            }
            showDetail(now != null);
        });
        viewModel.visibleDossiers().addListener((javafx.collections.ListChangeListener<DossierSummary>) change -> {
            // Filtering replaces the list and drops the highlight; put it back on the open dossier.
            DossierSummary open = viewModel.selectedProperty().get();
            if (open != null && dossierList.getSelectionModel().getSelectedItem() == null
                    && viewModel.visibleDossiers().contains(open)) {
                javafx.application.Platform.runLater(() -> dossierList.getSelectionModel().select(open));
            }
        });
        noMatchesLabel.visibleProperty().bind(viewModel.noMatchesProperty());
        emptyState.visibleProperty().bind(viewModel.noDossiersProperty().and(viewModel.loadingProperty().not()));
        emptyState.managedProperty().bind(emptyState.visibleProperty());
        splitPane.visibleProperty().bind(emptyState.visibleProperty().not());

        undoBar.visibleProperty().bind(viewModel.undoProperty().isNotNull());
        undoBar.managedProperty().bind(undoBar.visibleProperty());
        viewModel.undoProperty().addListener((obs, old, now) -> {
            undoMessage.setText(now == null ? "" : now.message());
            if (now != null) {
                undoTimer.playFromStart();
            }
        });
        undoTimer.setOnFinished(e -> viewModel.undoProperty().set(null));
        showDetail(viewModel.selectedProperty().get() != null);
    }

    // The dossier screen is in the scene from the start, hidden until a dossier is chosen: its styles and layout are
    // worked out while the window opens, not when the user clicks the first dossier.
    private void showDetail(boolean dossierChosen) {
        if (detailPane.getChildren().size() != 2) {
            detailPane.getChildren().setAll(dossierView, chooseLabel);
        }
        dossierView.setVisible(dossierChosen);
        chooseLabel.setVisible(!dossierChosen);
    }

    private ContextMenu contextMenu() {
        MenuItem rename = new MenuItem(i18n.text("main.rename"));
        rename.setId("renameItem");
        rename.setOnAction(e -> renameSelected());
        MenuItem archive = new MenuItem(i18n.text("dossier.archive"));
        archive.setId("archiveItem");
        archive.setOnAction(e -> {
            DossierSummary chosen = dossierList.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                viewModel.setArchived(chosen, !chosen.archived());
            }
        });
        MenuItem delete = new MenuItem(i18n.text("dossier.delete"));
        delete.setId("deleteItem");
        delete.setOnAction(e -> deleteSelected());
        ContextMenu menu = new ContextMenu(rename, archive, delete);
        menu.setOnShowing(e -> {
            DossierSummary chosen = dossierList.getSelectionModel().getSelectedItem();
            archive.setText(i18n.text(chosen != null && chosen.archived() ? "dossier.unarchive" : "dossier.archive"));
        });
        return menu;
    }

    @FXML
    private void newDossier() {
        dialogs.get().askText("main.new.title", "main.new.prompt", "").ifPresent(viewModel::create);
    }

    private void renameSelected() {
        DossierSummary chosen = dossierList.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            dialogs.get().askText("main.rename.title", "main.rename.prompt", chosen.title())
                    .ifPresent(title -> viewModel.rename(chosen, title));
        }
    }

    private void deleteSelected() {
        DossierSummary chosen = dossierList.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            viewModel.delete(chosen);
        }
    }

    @FXML
    private void openSettings() {
        openSettings.run();
    }

    @FXML
    private void undo() {
        undoTimer.stop();
        viewModel.undo();
    }

    @FXML
    private void dismissUndo() {
        undoTimer.stop();
        viewModel.undoProperty().set(null);
    }
}
