package nl.bewijsmap.ui.timeline;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import atlantafx.base.theme.Styles;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.TimelineEntry;
import nl.bewijsmap.ui.common.Fields;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.standing.DeadlineWarning;

/** Binds the timeline tab: the search and filter bar, the two lists and the pane that shows the line opened. */
public final class TimelineController {

    private static final PseudoClass PASSED = PseudoClass.getPseudoClass("passed");
    private static final int SHOWN_WARNINGS = 2;

    private final TimelineViewModel viewModel;
    private final I18n i18n;
    private final Runnable onNewCall;
    private final Consumer<EventKind> onNewEvent;
    private final Function<TimelineRow, Node> detailFor;
    private final BooleanSupplier formShown;
    private boolean selecting;

    @FXML private SplitPane root;
    @FXML private VBox warningBox;
    @FXML private Button callButton;
    @FXML private MenuButton eventMenu;
    @FXML private Label timelineCount;
    @FXML private TextField timelineSearch;
    @FXML private Label filterLabel;
    @FXML private ComboBox<TimelineFilter> filterCombo;
    @FXML private CheckBox newestFirstCheck;
    @FXML private ListView<TimelineRow> datedList;
    @FXML private Label emptyLabel;
    @FXML private TitledPane undatedPane;
    @FXML private ListView<TimelineRow> undatedList;
    @FXML private StackPane detailPane;
    @FXML private Label noSelection;

    /**
     * {@code detailFor} gives the view that shows a line (evidence, call, event or deadline) once it is opened;
     * {@code onNewCall} and {@code onNewEvent} start writing a new one down; {@code formShown} tells whether the pane
     * shows a form the user types in, which a reading of the timeline must leave alone.
     */
    public TimelineController(TimelineViewModel viewModel, I18n i18n, Runnable onNewCall,
                              Consumer<EventKind> onNewEvent, Function<TimelineRow, Node> detailFor,
                              BooleanSupplier formShown) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.onNewCall = onNewCall;
        this.onNewEvent = onNewEvent;
        this.detailFor = detailFor;
        this.formShown = formShown;
    }

    @FXML
    private void initialize() {
        callButton.getStyleClass().add(Styles.ACCENT);
        for (EventKind kind : EventKind.values()) {
            MenuItem item = new MenuItem(i18n.name(kind));
            item.setOnAction(e -> onNewEvent.accept(kind));
            eventMenu.getItems().add(item);
        }
        timelineSearch.textProperty().bindBidirectional(viewModel.queryProperty());
        timelineSearch.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                timelineSearch.clear();
            }
        });
        filterLabel.setLabelFor(filterCombo);
        Fields.choices(filterCombo, List.of(TimelineFilter.values()), i18n::name);
        filterCombo.valueProperty().bindBidirectional(viewModel.filterProperty());
        newestFirstCheck.selectedProperty().bindBidirectional(viewModel.newestFirstProperty());
        timelineCount.textProperty().bind(viewModel.countTextProperty());
        for (ListView<TimelineRow> list : List.of(datedList, undatedList)) {
            list.setCellFactory(view -> new TimelineCell(i18n));
            list.setFixedCellSize(TimelineCell.HEIGHT);
            list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> picked(list, now));
        }
        datedList.setItems(viewModel.dated());
        undatedList.setItems(viewModel.undated());
        undatedPane.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.text("timeline.undated.title", viewModel.undated().size()), viewModel.undated()));
        Fields.showWhen(undatedPane, Bindings.isNotEmpty(viewModel.undated()));
        emptyLabel.textProperty().bind(Bindings.createStringBinding(() -> i18n.text(
                viewModel.queryProperty().get().isBlank() && viewModel.filterProperty().get() == TimelineFilter.ALL
                        ? "timeline.empty" : "timeline.empty.filtered"),
                viewModel.queryProperty(), viewModel.filterProperty()));
        emptyLabel.visibleProperty().bind(Bindings.isEmpty(viewModel.dated()).and(viewModel.loadedProperty()));
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            selectInLists(now);
            // Reading the timeline again gives the line opened a new row: a form on it stays as the user left it.
            boolean sameLine = old != null && now != null && old.isFor(now.entry());
            if (now != null && !(sameLine && formShown.getAsBoolean())) {
                showDetail(detailFor.apply(now));
            }
        });
        // After filtering or re-reading, the line opened stays marked when it is still listed.
        for (ListView<TimelineRow> list : List.of(datedList, undatedList)) {
            list.getItems().addListener((ListChangeListener<TimelineRow>) change -> selectInLists(
                    viewModel.selectedProperty().get()));
        }
        root.setDividerPositions(0.55);
    }

    private void picked(ListView<TimelineRow> list, TimelineRow row) {
        if (selecting || row == null) {
            return;
        }
        selecting = true;
        try {
            (list == datedList ? undatedList : datedList).getSelectionModel().clearSelection();
        } finally {
            selecting = false;
        }
        viewModel.selectedProperty().set(row);
    }

    private void selectInLists(TimelineRow row) {
        selecting = true;
        try {
            select(datedList, row);
            select(undatedList, row);
        } finally {
            selecting = false;
        }
    }

    private static void select(ListView<TimelineRow> list, TimelineRow row) {
        if (row == null && list.getSelectionModel().isEmpty()) {
            return; // the common case while typing a search: nothing to look up in thousands of lines
        }
        int index = row == null ? -1 : list.getItems().indexOf(row);
        if (index < 0) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedIndex() != index) {
            list.getSelectionModel().select(index);
            list.scrollTo(Math.max(0, index - 3));
        }
    }

    /** Shows a view in the pane on the right (a form for a new call, say); null shows the hint again. */
    public void showDetail(Node detail) {
        if (detail == null) {
            detailPane.getChildren().setAll(noSelection);
        } else {
            detailPane.getChildren().setAll(detail);
        }
    }

    /** What the pane on the right shows now, or null for the hint. */
    public Node shownDetail() {
        return detailPane.getChildren().contains(noSelection) ? null : detailPane.getChildren().get(0);
    }

    /** Leaves the line opened, for a new entry being written in the pane. */
    public void clearSelection() {
        viewModel.selectedProperty().set(null);
    }

    /**
     * Shows the deadlines that need attention above the lists, kept up to date; clicking one opens its line.
     */
    public void showWarnings(ObservableList<DeadlineWarning> warnings) {
        ListChangeListener<DeadlineWarning> fill = change -> fillWarnings(warnings);
        warnings.addListener(fill);
        fillWarnings(warnings);
    }

    private void fillWarnings(List<DeadlineWarning> warnings) {
        warningBox.getChildren().clear();
        // The two most pressing stand above the list; more would push the timeline itself off a laptop screen.
        for (DeadlineWarning warning : warnings.subList(0, Math.min(SHOWN_WARNINGS, warnings.size()))) {
            Label label = new Label(warning.text());
            label.getStyleClass().add("deadline-warning");
            label.pseudoClassStateChanged(PASSED, warning.severity() == DeadlineWarning.Severity.PASSED);
            label.setWrapText(true);
            label.setMaxWidth(Double.MAX_VALUE);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.setOnMouseClicked(e -> viewModel.select(new TimelineEntry.OfDeadline(warning.deadline())));
            warningBox.getChildren().add(label);
        }
        if (warnings.size() > SHOWN_WARNINGS) {
            Label more = new Label(i18n.text("timeline.warnings.more", warnings.size() - SHOWN_WARNINGS));
            more.getStyleClass().add("section-hint");
            more.setWrapText(true);
            more.setMinHeight(Region.USE_PREF_SIZE);
            warningBox.getChildren().add(more);
        }
        warningBox.setVisible(!warnings.isEmpty());
        warningBox.setManaged(!warnings.isEmpty());
    }

    @FXML
    private void logCall() {
        onNewCall.run();
    }
}
