package nl.bewijsmap.ui.evidence;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.ui.common.I18n;

/**
 * The evidence list of a dossier and the ways files come in: dropped anywhere on the dossier, chosen with the
 * file chooser, or pasted (a screenshot, or files copied in the file manager). Shows progress and the summary.
 */
public final class EvidenceController {

    /** The size of a picture in the list, in pixels. */
    public static final double THUMBNAIL_EDGE = EvidenceCell.THUMB;
    private static final PseudoClass NOT_ADDED = PseudoClass.getPseudoClass("not-added");
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);

    private final EvidenceListViewModel viewModel;
    private final EvidenceDetailViewModel details;
    private final I18n i18n;
    private final ThumbnailLoader thumbnails;
    private final Parent detailView;
    private final Consumer<String> onMessage;
    private File lastFolder;
    // Held here and registered weakly: the ViewModels outlive this view when the language is switched.
    private final ChangeListener<Boolean> emptyListener = (obs, old, empty) -> showDetails(!empty);
    private final ChangeListener<EvidenceItem> selectionListener = (obs, old, now) -> selected(old, now);
    private final ChangeListener<String> noticeListener = (obs, old, now) -> noticed(now);

    @FXML private StackPane root;
    @FXML private SplitPane split;
    @FXML private ListView<EvidenceItem> evidenceList;
    @FXML private VBox emptyState;
    @FXML private Label countLabel;
    @FXML private Button addButton;
    @FXML private Button pasteButton;
    @FXML private Label dropOverlay;
    @FXML private HBox progressBox;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressText;
    @FXML private VBox summaryBox;
    @FXML private Label summaryText;
    @FXML private ListView<SummaryLine> summaryList;

    /** {@code onMessage} tells the user something in plain words (a dialog in the app). */
    public EvidenceController(EvidenceListViewModel viewModel, EvidenceDetailViewModel details, I18n i18n,
                              ThumbnailLoader thumbnails, Parent detailView, Consumer<String> onMessage) {
        this.viewModel = viewModel;
        this.details = details;
        this.i18n = i18n;
        this.thumbnails = thumbnails;
        this.detailView = detailView;
        this.onMessage = onMessage;
    }

    @FXML
    private void initialize() {
        SplitPane.setResizableWithParent(detailView, false);
        // With nothing to pick, a details pane would only take room from the invitation to add files.
        viewModel.emptyProperty().addListener(new WeakChangeListener<>(emptyListener));
        showDetails(true);
        evidenceList.setItems(viewModel.items());
        evidenceList.setCellFactory(list -> new EvidenceCell(i18n, thumbnails));
        evidenceList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!viewModel.isRearranging()) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener(new WeakChangeListener<>(selectionListener));
        viewModel.noticeProperty().addListener(new WeakChangeListener<>(noticeListener));
        emptyState.visibleProperty().bind(viewModel.emptyProperty());
        evidenceList.visibleProperty().bind(viewModel.emptyProperty().not());
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.text("evidence.count", viewModel.items().size()), viewModel.items()));
        bindProgress(viewModel.progress());
        installDropTarget(root);
        root.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (PASTE.match(key) && !(key.getTarget() instanceof TextInputControl)) {
                paste();
                key.consume();
            }
        });
        dropOverlay.setVisible(false);
    }

    private void selected(EvidenceItem old, EvidenceItem now) {
        if (now != evidenceList.getSelectionModel().getSelectedItem()) {
            evidenceList.getSelectionModel().select(now);
            boolean other = now != null && (old == null || old.id() != now.id());
            if (other) {
                evidenceList.scrollTo(now); // picked elsewhere (a paste): bring it into view
            }
        }
        if (now == null || details.itemProperty().get() == null || details.itemProperty().get().id() != now.id()) {
            details.show(now);
        }
    }

    private void noticed(String notice) {
        if (!notice.isEmpty()) {
            viewModel.noticeProperty().set("");
            onMessage.accept(notice);
        }
    }

    private void showDetails(boolean shown) {
        if (shown && !split.getItems().contains(detailView)) {
            split.getItems().add(detailView);
            split.setDividerPositions(0.52);
        } else if (!shown) {
            split.getItems().remove(detailView);
        }
    }

    private void bindProgress(ImportProgress progress) {
        progressBox.visibleProperty().bind(progress.busyProperty());
        progressBox.managedProperty().bind(progress.busyProperty());
        progressBar.progressProperty().bind(progress.progressProperty());
        progressText.textProperty().bind(progress.progressTextProperty());
        summaryBox.visibleProperty().bind(progress.summaryShownProperty());
        summaryBox.managedProperty().bind(progress.summaryShownProperty());
        summaryText.textProperty().bind(progress.summaryTextProperty());
        summaryList.setItems(progress.lines());
        summaryList.visibleProperty().bind(Bindings.isNotEmpty(progress.lines()));
        summaryList.managedProperty().bind(summaryList.visibleProperty());
        summaryList.setCellFactory(list -> new SummaryCell());
    }

    /** Files dropped anywhere on {@code target} are added to the dossier shown. */
    public void installDropTarget(Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles() && viewModel.dossierId() >= 0) {
                event.acceptTransferModes(TransferMode.COPY);
                showDropping(true);
            }
            event.consume();
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, event -> showDropping(false));
        target.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            boolean done = event.getDragboard().hasFiles();
            if (done) {
                importFiles(event.getDragboard().getFiles());
            }
            showDropping(false);
            event.setDropCompleted(done);
            event.consume();
        });
    }

    private void showDropping(boolean dropping) {
        dropOverlay.setVisible(dropping);
        root.pseudoClassStateChanged(EvidenceStyles.DROP, dropping);
    }

    /** Adds files as if they were dropped (the dossier screen's other tabs use this too). */
    public void importFiles(List<File> files) {
        viewModel.importFiles(files.stream().map(File::toPath).collect(Collectors.toList()));
    }

    @FXML
    private void addFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("evidence.add.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.text("evidence.add.filter.all"), "*"),
                new FileChooser.ExtensionFilter(i18n.text("evidence.add.filter.photos"),
                        "*.jpg", "*.jpeg", "*.heic", "*.heif", "*.png", "*.webp", "*.tif", "*.tiff",
                        "*.mp4", "*.mov", "*.3gp", "*.JPG", "*.JPEG", "*.HEIC", "*.PNG", "*.MP4", "*.MOV"),
                new FileChooser.ExtensionFilter(i18n.text("evidence.add.filter.documents"),
                        "*.pdf", "*.eml", "*.msg", "*.txt", "*.PDF", "*.EML", "*.MSG", "*.TXT"));
        if (lastFolder != null) { // a folder gone since falls back to the system's own choice
            chooser.setInitialDirectory(lastFolder);
        }
        List<File> chosen = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (chosen != null && !chosen.isEmpty()) {
            lastFolder = chosen.get(0).getParentFile();
            importFiles(chosen);
        }
    }

    @FXML
    private void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasFiles()) {
            importFiles(clipboard.getFiles());
        } else if (clipboard.hasImage() && clipboard.getImage() != null && clipboard.getImage().getPixelReader() != null) {
            Image image = clipboard.getImage();
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            int[] argb = new int[width * height];
            image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
            viewModel.importPastedImage(width, height, argb);
        } else {
            onMessage.accept(i18n.text("evidence.paste.nothing"));
        }
    }

    @FXML
    private void cancelImport() {
        viewModel.progress().cancel();
    }

    @FXML
    private void closeSummary() {
        viewModel.progress().dismissSummary();
    }

    /** A file the summary mentions, with what happened to it in plain words. */
    private final class SummaryCell extends ListCell<SummaryLine> {
        @Override
        protected void updateItem(SummaryLine line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(line.fileName());
            name.getStyleClass().add("summary-file");
            Label message = new Label(i18n.text("import.outcome." + line.outcome()) + " " + line.message());
            message.setWrapText(true);
            message.setMinHeight(Label.USE_PREF_SIZE);
            VBox box = new VBox(2, name, message);
            box.setPrefWidth(1);
            pseudoClassStateChanged(NOT_ADDED,
                    line.outcome() == SummaryLine.Outcome.NOT_ADDED);
            setGraphic(box);
            setAccessibleText(line.fileName() + ": " + message.getText());
        }
    }
}
