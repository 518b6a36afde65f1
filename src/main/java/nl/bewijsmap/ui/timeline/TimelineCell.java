package nl.bewijsmap.ui.timeline;

import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.evidence.EvidenceStyles;

/** One line of the timeline: a badge for what it is, the date, the title and one line of detail. */
final class TimelineCell extends ListCell<TimelineRow> {

    /** Every line has the same height, so the list never measures ten thousand of them. */
    static final double HEIGHT = 54;
    private static final PseudoClass UNDATED = PseudoClass.getPseudoClass("undated");

    private final I18n i18n;
    private final Label badge = new Label();
    private final Label when = new Label();
    private final Label title = new Label();
    private final Label detail = new Label();
    private final HBox box;

    TimelineCell(I18n i18n) {
        this.i18n = i18n;
        badge.getStyleClass().add("timeline-badge");
        badge.setMinWidth(Label.USE_PREF_SIZE);
        when.getStyleClass().add("timeline-when");
        when.setMinWidth(Label.USE_PREF_SIZE);
        title.getStyleClass().add("timeline-title");
        title.setMinWidth(0);
        detail.getStyleClass().add("timeline-detail-line");
        // The title gets the whole width of the first line; the date leads the second.
        HBox second = new HBox(10, when, detail);
        second.setAlignment(Pos.BASELINE_LEFT);
        detail.setMinWidth(0);
        VBox lines = new VBox(3, title, second);
        lines.setMinWidth(0);
        HBox.setHgrow(lines, Priority.ALWAYS);
        box = new HBox(10, badge, lines);
        box.setAlignment(Pos.CENTER_LEFT);
        setPrefWidth(0); // never wider than the list: long titles end in "…"
    }

    @Override
    protected void updateItem(TimelineRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        badge.setText(i18n.text("timeline.badge." + row.type().name()));
        for (RowType type : RowType.values()) {
            badge.pseudoClassStateChanged(PseudoClass.getPseudoClass(type.name().toLowerCase(Locale.ROOT)),
                    type == row.type());
        }
        when.setText(row.when());
        when.pseudoClassStateChanged(UNDATED, row.entry().at() == null);
        title.setText(row.title());
        detail.setText(row.detail());
        detail.pseudoClassStateChanged(EvidenceStyles.WEAK, row.weak());
        setAccessibleText(badge.getText() + ", " + row.when() + ", " + row.title() + ", " + row.detail());
        setText(null);
        setGraphic(box);
    }
}
