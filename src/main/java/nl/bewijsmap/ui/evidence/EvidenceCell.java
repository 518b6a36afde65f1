package nl.bewijsmap.ui.evidence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.ImportProblem;
import nl.bewijsmap.ui.common.I18n;

/** One piece of evidence in the list: its picture, title, kind, date with its source, and any caveat. */
final class EvidenceCell extends ListCell<EvidenceItem> {

    static final double THUMB = 56;

    private final I18n i18n;
    private final EvidenceTexts texts;
    private final ThumbnailLoader thumbnails;
    private final ImageView picture = new ImageView();
    private final Label badge = new Label();
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label warning = new Label();
    private final HBox box;

    EvidenceCell(I18n i18n, ThumbnailLoader thumbnails) {
        this.i18n = i18n;
        this.texts = new EvidenceTexts(i18n);
        this.thumbnails = thumbnails;
        picture.setFitWidth(THUMB);
        picture.setFitHeight(THUMB);
        picture.setPreserveRatio(true);
        picture.setSmooth(true);
        badge.getStyleClass().add("evidence-badge");
        StackPane frame = new StackPane(badge, picture);
        frame.getStyleClass().add("evidence-thumb");
        frame.setMinSize(THUMB, THUMB);
        frame.setPrefSize(THUMB, THUMB);
        frame.setMaxSize(THUMB, THUMB);
        title.getStyleClass().add("evidence-title");
        meta.getStyleClass().add("evidence-meta");
        warning.getStyleClass().add("evidence-warning");
        // The date and its source are the point of the line: wrap rather than cut them off. A remark gets one
        // line here; the details pane (and the tooltip) has it in full.
        meta.setWrapText(true);
        meta.setMinHeight(Label.USE_PREF_SIZE);
        warning.setTooltip(new Tooltip());
        warning.getTooltip().textProperty().bind(warning.textProperty());
        warning.getTooltip().setWrapText(true);
        warning.getTooltip().setMaxWidth(420);
        VBox lines = new VBox(2, title, meta, warning);
        lines.setMinWidth(0);
        HBox.setHgrow(lines, Priority.ALWAYS);
        box = new HBox(12, frame, lines);
        box.setAlignment(Pos.CENTER_LEFT);
        setPrefWidth(0); // never wider than the list: long names end in "…" instead of a sideways scroll bar
    }

    @Override
    protected void updateItem(EvidenceItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        title.setText(item.title().isEmpty() ? item.originalName() : item.title());
        meta.setText(i18n.name(item.kind()) + "  ·  " + texts.when(item.occurredAt()));
        meta.pseudoClassStateChanged(EvidenceStyles.WEAK, EvidenceTexts.isWeak(item));
        List<String> warnings = texts.warnings(item, ImportProblem.NO_DATE);
        warning.setText(warnings.isEmpty() ? "" : warnings.get(0));
        warning.setVisible(!warnings.isEmpty());
        warning.setManaged(!warnings.isEmpty());
        badge.setText(item.mediaType().extension().toUpperCase(Locale.ROOT));
        showPicture(item, thumbnails.get(item, image -> {
            if (getItem() != null && getItem().sha256().equals(item.sha256())) {
                showPicture(item, image);
            }
        }));
        setAccessibleText(title.getText() + ", " + meta.getText() + (warnings.isEmpty() ? "" : ", " + warning.getText()));
        setText(null);
        setGraphic(box);
    }

    private void showPicture(EvidenceItem item, Optional<Image> image) {
        picture.setImage(image.orElse(null));
        badge.setVisible(image.isEmpty());
        if (image.isEmpty() && item.mediaType().extension().isEmpty()) {
            badge.setText("?");
        }
    }
}
