package nl.bewijsmap.ui.standing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import nl.bewijsmap.domain.Phase;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.ui.common.Fields;
import nl.bewijsmap.ui.common.I18n;

/** Binds the "Steps and deadlines" page: where the dispute stands, the next step, the deadlines, the readiness. */
public final class StandingController {

    private static final PseudoClass READY = PseudoClass.getPseudoClass("ready");
    private static final Duration COPIED_SHOWN = Duration.seconds(2);

    private final StandingViewModel viewModel;
    private final I18n i18n;
    private final StandingCards cards;
    private Consumer<Recipient> onExport = recipient -> { };

    @FXML private ScrollPane root;
    @FXML private VBox content;
    @FXML private Label phaseName;
    @FXML private Label phaseMeaning;
    @FXML private FlowPane phaseTrack;
    @FXML private Label nextStepText;
    @FXML private VBox routeBox;
    @FXML private Label routeText;
    @FXML private Label feeText;
    @FXML private Label termsText;
    @FXML private Label routeSourceText;
    @FXML private VBox routeLinkBox;
    @FXML private Label disclaimerText;
    @FXML private Label deadlinesEmpty;
    @FXML private VBox deadlineList;
    @FXML private Label recipientLabel;
    @FXML private ComboBox<Recipient> recipientCombo;
    @FXML private Button packageButton;
    @FXML private HBox readySummaryBox;
    @FXML private Label readyIcon;
    @FXML private Label readySummary;
    @FXML private Label readyCleanHint;
    @FXML private VBox readyList;

    public StandingController(StandingViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.cards = new StandingCards(i18n, this::copy);
    }

    @FXML
    private void initialize() {
        content.visibleProperty().bind(viewModel.loadedProperty());
        bindWhere();
        bindNextStep();
        bindDeadlines();
        bindReadiness();
        Fields.scrollToFocused(root);
    }

    private void bindWhere() {
        phaseName.textProperty().bind(viewModel.phaseNameProperty());
        phaseMeaning.textProperty().bind(viewModel.phaseMeaningProperty());
        viewModel.phaseProperty().addListener((obs, old, now) -> showPhases(now));
        showPhases(viewModel.phaseProperty().get());
    }

    private void showPhases(Phase current) {
        List<Node> chips = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            if (!chips.isEmpty()) {
                chips.add(cards.arrow());
            }
            chips.add(cards.phase(phase, current));
        }
        phaseTrack.getChildren().setAll(chips);
    }

    private void bindNextStep() {
        nextStepText.textProperty().bind(viewModel.nextStepProperty());
        routeText.textProperty().bind(viewModel.routeProperty());
        feeText.textProperty().bind(viewModel.feeProperty());
        termsText.textProperty().bind(viewModel.termsProperty());
        routeSourceText.textProperty().bind(viewModel.routeSourceProperty());
        disclaimerText.textProperty().bind(viewModel.disclaimerProperty());
        Fields.showWhen(routeBox, viewModel.routeProperty().isNotEmpty());
        Fields.showWhen(termsText, viewModel.termsProperty().isNotEmpty());
        Fields.showWhen(routeSourceText, viewModel.routeSourceProperty().isNotEmpty());
        Fields.showWhen(routeLinkBox, viewModel.routeUrlProperty().isNotEmpty());
        viewModel.routeUrlProperty().addListener((obs, old, now) -> showRouteLink(now));
        showRouteLink(viewModel.routeUrlProperty().get());
    }

    private void showRouteLink(String url) {
        routeLinkBox.getChildren().setAll(
                cards.link(url == null ? "" : url, "route", "source", viewModel.routeProperty().get()));
    }

    private void bindDeadlines() {
        Fields.showWhen(deadlinesEmpty, Bindings.isEmpty(viewModel.deadlines()));
        fill(deadlineList, viewModel.deadlines(), cards::deadline);
    }

    private void bindReadiness() {
        recipientLabel.setLabelFor(recipientCombo);
        Fields.choices(recipientCombo, viewModel.recipients(), i18n::name);
        recipientCombo.valueProperty().bindBidirectional(viewModel.recipientProperty());
        readySummary.textProperty().bind(viewModel.readinessSummaryProperty());
        readyIcon.textProperty().bind(Bindings.when(viewModel.readyProperty()).then("✓").otherwise("⚠"));
        readyIcon.setAccessibleText("");
        viewModel.readyProperty().addListener((obs, old, now) -> readySummaryBox.pseudoClassStateChanged(READY, now));
        readySummaryBox.pseudoClassStateChanged(READY, viewModel.readyProperty().get());
        Fields.showWhen(readyCleanHint, viewModel.readyProperty());
        Fields.showWhen(readyList, Bindings.isNotEmpty(viewModel.readiness()));
        fill(readyList, viewModel.readiness(), cards::issue);
    }

    /** What "Make the PDF package…" does: opens the export dialog for the recipient chosen here. */
    void setOnExport(Consumer<Recipient> action) {
        onExport = action;
    }

    @FXML
    private void exportPackage() {
        onExport.accept(recipientCombo.getValue());
    }

    /** Keeps a box's children one node per row, built again whenever the rows change. */
    private static <T> void fill(VBox box, ObservableList<T> rows, Function<T, Node> node) {
        Runnable show = () -> box.getChildren().setAll(rows.stream().map(node).toList());
        rows.addListener((ListChangeListener<T>) change -> show.run());
        show.run();
    }

    /** Puts a source's web address on the clipboard; the button says so for a moment. */
    private void copy(String url, Button button) {
        ClipboardContent clip = new ClipboardContent();
        clip.putString(url);
        Clipboard.getSystemClipboard().setContent(clip);
        button.setText(i18n.text("standing.link.copied"));
        PauseTransition back = new PauseTransition(COPIED_SHOWN);
        back.setOnFinished(e -> button.setText(i18n.text("standing.link.copy")));
        back.play();
    }
}
