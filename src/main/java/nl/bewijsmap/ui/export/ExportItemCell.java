package nl.bewijsmap.ui.export;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** An item with its tick box: the box says whether it goes in, the text what it is and when. */
final class ExportItemCell extends ListCell<ExportItem> {

    private final CheckBox box = new CheckBox();
    private final Label title = new Label();
    private final Label detail = new Label();
    private final Node graphic;
    private ExportItem bound;

    ExportItemCell() {
        title.getStyleClass().add("timeline-title");
        detail.getStyleClass().add("timeline-detail-line");
        // As wide as the list, never wider: long titles end in "…" instead of scrolling sideways.
        setPrefWidth(0);
        title.setMinWidth(0);
        detail.setMinWidth(0);
        VBox text = new VBox(1, title, detail);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox line = new HBox(8, box, text);
        line.setAlignment(Pos.CENTER_LEFT);
        graphic = line;
        box.setFocusTraversable(false);
    }

    @Override
    protected void updateItem(ExportItem item, boolean empty) {
        super.updateItem(item, empty);
        if (bound != null) {
            box.selectedProperty().unbindBidirectional(bound.includedProperty());
            bound = null;
        }
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        bound = item;
        box.selectedProperty().bindBidirectional(item.includedProperty());
        box.setAccessibleText(item.title());
        title.setText(item.title());
        detail.setText(item.when() + "  ·  " + item.detail());
        setText(null);
        setGraphic(graphic);
    }
}
