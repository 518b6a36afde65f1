package nl.bewijsmap.ui.letters;

import java.awt.image.BufferedImage;
import java.io.File;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.geometry.VPos;
import javafx.scene.layout.GridPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import nl.bewijsmap.domain.DossierEvent;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.ui.common.DialogService;
import nl.bewijsmap.ui.common.Fields;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.common.Pictures;

/**
 * Binds the letters tab. Typing is followed, once it pauses, by a new preview and by keeping the draft; the
 * questions (drafting over changed text, sending with gaps, when it was sent) are asked here.
 */
public final class LetterController {

    /** How long typing must pause before the preview is made again. */
    static final Duration PREVIEW_DELAY = Duration.millis(500);

    private final LetterViewModel viewModel;
    private final I18n i18n;
    private final DialogService dialogs;
    private final Clock clock;
    private final Consumer<DossierEvent> onShowSent;
    private final PauseTransition typingPause = new PauseTransition(PREVIEW_DELAY);

    @FXML private SplitPane root;
    @FXML private VBox choiceBox;
    @FXML private GridPane choiceGrid;
    @FXML private ComboBox<LetterKind> letterKindCombo;
    @FXML private Label kindHint;
    @FXML private ComboBox<Recipient> letterRecipientCombo;
    @FXML private Label recipientFixed;
    @FXML private Label letterRecipientLabel;
    @FXML private ComboBox<LetterLanguage> letterLanguageCombo;
    @FXML private Button draftButton;
    @FXML private VBox editorBox;
    @FXML private VBox lettersEmpty;
    @FXML private Label draftHeading;
    @FXML private TextField subjectField;
    @FXML private TextArea bodyArea;
    @FXML private HBox gapsBox;
    @FXML private Label gapsText;
    @FXML private Button savePdfButton;
    @FXML private Button printButton;
    @FXML private Button sentButton;
    @FXML private Label statusText;
    @FXML private Hyperlink showSentLink;
    @FXML private Label previewStatus;
    @FXML private ScrollPane previewScroll;
    @FXML private VBox previewPages;
    @FXML private Label previewEmpty;

    /** {@code onShowSent} opens the event of a letter kept as sent on the timeline. */
    public LetterController(LetterViewModel viewModel, I18n i18n, DialogService dialogs, Clock clock,
                            Consumer<DossierEvent> onShowSent) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.clock = clock;
        this.onShowSent = onShowSent;
    }

    @FXML
    private void initialize() {
        bindChoice();
        bindEditor();
        bindActions();
        bindPreview();
        // The grid sits in a split pane, whose items are no children until it is shown: link from its own box.
        Fields.linkLabels(choiceBox);
        // Every input here is one line high: labels centred on their row, not at its top as in the long forms.
        for (Node node : choiceGrid.getChildren()) {
            GridPane.setValignment(node, VPos.CENTER);
            node.getStyleClass().remove("form-label");
        }
        root.setDividerPositions(0.57);
    }

    private void bindChoice() {
        LetterSetup setup = viewModel.setup();
        letterKindCombo.getItems().setAll(LetterKind.values());
        kindCells();
        // The fitting letter is marked in the list: mark it again when the dossier changes which one that is.
        setup.suggestedProperty().addListener(obs -> kindCells());
        letterKindCombo.valueProperty().bindBidirectional(setup.kindProperty());
        kindHint.textProperty().bind(Bindings.createStringBinding(() -> setup.kindProperty().get() == null ? ""
                : setup.kindHint(setup.kindProperty().get()), setup.kindProperty()));
        BooleanBinding cover = setup.kindProperty().isEqualTo(LetterKind.COVER_LETTER);
        Fields.choices(letterRecipientCombo, setup.coverRecipients(), i18n::name);
        letterRecipientCombo.valueProperty().bindBidirectional(setup.coverRecipientProperty());
        Fields.showWhen(letterRecipientCombo, cover);
        Fields.showWhen(recipientFixed, cover.not());
        recipientFixed.textProperty().bind(Bindings.createStringBinding(
                () -> setup.recipientText(setup.kindProperty().get(), null),
                setup.kindProperty(), setup.sellerNameProperty()));
        letterRecipientLabel.labelForProperty().bind(Bindings.when(cover).then((Node) letterRecipientCombo)
                .otherwise(recipientFixed));
        Fields.choices(letterLanguageCombo, List.of(LetterLanguage.values()), i18n::name);
        letterLanguageCombo.valueProperty().bindBidirectional(setup.languageProperty());
        draftButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.loadedProperty().not())
                .or(setup.kindProperty().isNull()));
    }

    private void kindCells() {
        letterKindCombo.setCellFactory(list -> new KindCell(true));
        letterKindCombo.setButtonCell(new KindCell(false));
    }

    private void bindEditor() {
        Fields.showWhen(editorBox, viewModel.editor().hasDraftProperty());
        Fields.showWhen(lettersEmpty, viewModel.editor().hasDraftProperty().not());
        // Once the editor holds the letter chosen above, the hint and the heading only take room from the text.
        draftHeading.textProperty().bind(Bindings.createStringBinding(() -> i18n.text("letters.heading.other",
                viewModel.editor().headingProperty().get()), viewModel.editor().headingProperty()));
        Fields.showWhen(draftHeading, viewModel.editor().hasDraftProperty().and(viewModel.editor().choiceIsDraftedProperty().not()));
        Fields.showWhen(kindHint, viewModel.editor().choiceIsDraftedProperty().not());
        subjectField.textProperty().bindBidirectional(viewModel.editor().subjectProperty());
        bodyArea.textProperty().bindBidirectional(viewModel.editor().bodyProperty());
        gapsText.textProperty().bind(viewModel.editor().gapsTextProperty());
        // The warning names the first three; the tooltip has them all.
        gapsText.tooltipProperty().bind(Bindings.createObjectBinding(() -> viewModel.editor().gaps().isEmpty() ? null
                : new Tooltip(String.join("\n", viewModel.editor().gaps())), viewModel.editor().gaps()));
        Fields.showWhen(gapsBox, viewModel.editor().gapsTextProperty().isNotEmpty());
        typingPause.setOnFinished(e -> {
            viewModel.refreshPreview();
            viewModel.keep();
        });
        // Only typing restarts the pause: a new draft or another dossier makes its preview at once.
        subjectField.textProperty().addListener(obs -> typedIn(subjectField.isFocused()));
        bodyArea.textProperty().addListener(obs -> typedIn(bodyArea.isFocused()));
    }

    private void typedIn(boolean focused) {
        if (focused) {
            typingPause.playFromStart();
        }
    }

    private void bindActions() {
        BooleanBinding noDraft = viewModel.editor().hasDraftProperty().not();
        savePdfButton.disableProperty().bind(noDraft.or(viewModel.output().busyProperty()));
        printButton.disableProperty().bind(noDraft.or(viewModel.output().busyProperty()));
        sentButton.disableProperty().bind(noDraft.or(viewModel.busyProperty())
                .or(viewModel.sentProperty().isNotNull()));
        statusText.textProperty().bind(viewModel.statusProperty());
        Fields.showWhen(showSentLink, viewModel.sentProperty().isNotNull());
    }

    private void bindPreview() {
        previewStatus.textProperty().bind(viewModel.preview().statusProperty());
        Fields.showWhen(previewStatus, viewModel.preview().statusProperty().isNotEmpty());
        viewModel.preview().pagesProperty().addListener((obs, old, now) -> showPages(now));
        viewModel.editor().hasDraftProperty().addListener(obs -> showPages(viewModel.preview().pagesProperty().get()));
        showPages(viewModel.preview().pagesProperty().get());
    }

    private void showPages(List<BufferedImage> pages) {
        previewPages.getChildren().clear();
        if (pages.isEmpty() && !viewModel.editor().hasDraftProperty().get()) {
            previewPages.getChildren().add(previewEmpty);
        }
        int number = 0;
        for (BufferedImage page : pages) {
            number++;
            ImageView view = new ImageView(Pictures.toImage(page));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.fitWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.max(120, previewScroll.getViewportBounds().getWidth() - 32),
                    previewScroll.viewportBoundsProperty()));
            view.setId("previewPage-" + number);
            view.getStyleClass().add("letters-page");
            view.setAccessibleText(i18n.text("letters.preview.page", number, pages.size()));
            previewPages.getChildren().add(view);
        }
    }

    @FXML
    private void draft() {
        if (viewModel.draftingDiscardsEdits() && !dialogs.confirm("letters.redraft.title",
                i18n.text("letters.redraft.question"), "letters.redraft.confirm")) {
            return;
        }
        viewModel.draft();
    }

    @FXML
    private void saveAsPdf() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("letters.save.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.text("letters.save.pdf"), "*.pdf"));
        LetterOutput output = viewModel.output();
        // Found on the worker, so known to be there: the FX thread does not look at the disk.
        if (output.documentsFolder() != null) {
            chooser.setInitialDirectory(output.documentsFolder().toFile());
        }
        chooser.setInitialFileName(output.suggestedFileName());
        File chosen = chooser.showSaveDialog(dialogs.owner());
        if (chosen != null) {
            output.saveAs(chosen.toPath());
        }
    }

    @FXML
    private void print() {
        viewModel.output().print();
    }

    @FXML
    private void markSent() {
        int gaps = viewModel.editor().gaps().size();
        if (gaps > 0 && !dialogs.confirm("letters.gaps.confirm.title",
                i18n.text("letters.gaps.confirm.question", gaps), "letters.gaps.confirm.yes")) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        dialogs.ask(new SentDialog(i18n, now), "letters.sent.title").ifPresent(viewModel::markSent);
    }

    @FXML
    private void showSent() {
        SentLetter sent = viewModel.sentProperty().get();
        if (sent != null) {
            onShowSent.accept(sent.event());
        }
    }

    /**
     * A kind of letter by name; in the open list with the line saying when to use it and the one that fits the
     * dossier marked (the closed box has no room for more than the name, and the hint shows below it).
     */
    private final class KindCell extends ListCell<LetterKind> {
        private final boolean withHint;

        KindCell(boolean withHint) {
            this.withHint = withHint;
        }

        @Override
        protected void updateItem(LetterKind kind, boolean empty) {
            super.updateItem(kind, empty);
            if (empty || kind == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String name = viewModel.setup().kindName(kind);
            if (!withHint) {
                setText(name);
                setGraphic(null);
                return;
            }
            if (kind == viewModel.setup().suggestedProperty().get()) {
                name = i18n.text("letters.kind.suggested", name);
            }
            Label title = new Label(name);
            title.getStyleClass().add("letters-kind-name");
            Label hint = new Label(viewModel.setup().kindHint(kind));
            hint.getStyleClass().add("letters-kind-hint");
            hint.setWrapText(true);
            hint.setMaxWidth(460);
            setText(null);
            setGraphic(new VBox(1, title, hint));
        }
    }
}
