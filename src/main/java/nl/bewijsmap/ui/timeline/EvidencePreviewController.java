package nl.bewijsmap.ui.timeline;

import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.Fields;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.common.Pictures;
import nl.bewijsmap.ui.evidence.EvidenceStyles;

/** Binds the evidence opened from the timeline, and shows its picture (a photo, a PDF's first page) when it has one. */
public final class EvidencePreviewController {

    /** Big enough to read a receipt in the pane, small enough to make in a moment. */
    static final int PICTURE_EDGE = 900;
    private static final double MAX_SHOWN_HEIGHT = 560;

    /** Makes the larger picture of a piece of evidence; called on a worker thread. */
    public interface Previews {
        Optional<BufferedImage> preview(EvidenceItem item, int maxEdge);
    }

    private final EvidencePreviewViewModel viewModel;
    private final Previews previews;
    private final Background background;
    private final I18n i18n;
    private final Consumer<EvidenceItem> onOpen;
    private final Consumer<EvidenceItem> onEdit;

    @FXML private ScrollPane root;
    @FXML private Label titleLabel;
    @FXML private Label kindLabel;
    @FXML private Label dateLabel;
    @FXML private StackPane pictureFrame;
    @FXML private ImageView picture;
    @FXML private Label pictureStatus;
    @FXML private Label noteLabel;
    @FXML private Label remarksLabel;
    @FXML private VBox emailBox;
    @FXML private Label emailHeaders;
    @FXML private TextArea emailBody;
    @FXML private Label fileLabel;
    @FXML private Button openButton;
    @FXML private Button editButton;

    public EvidencePreviewController(EvidencePreviewViewModel viewModel, Previews previews, Background background,
                                     I18n i18n, Consumer<EvidenceItem> onOpen, Consumer<EvidenceItem> onEdit) {
        this.viewModel = viewModel;
        this.previews = previews;
        this.background = background;
        this.i18n = i18n;
        this.onOpen = onOpen;
        this.onEdit = onEdit;
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(viewModel.titleProperty());
        kindLabel.textProperty().bind(viewModel.kindProperty());
        dateLabel.textProperty().bind(viewModel.dateProperty());
        noteLabel.textProperty().bind(viewModel.noteProperty());
        remarksLabel.textProperty().bind(viewModel.remarksProperty());
        fileLabel.textProperty().bind(viewModel.fileProperty());
        Fields.showWhen(noteLabel, noteLabel.textProperty().isNotEmpty());
        Fields.showWhen(remarksLabel, remarksLabel.textProperty().isNotEmpty());
        Fields.showWhen(emailBox, viewModel.email().shownProperty());
        emailHeaders.textProperty().bind(viewModel.email().headersProperty());
        emailBody.textProperty().bind(viewModel.email().bodyProperty());
        picture.fitWidthProperty().bind(Bindings.max(120, viewportWidth()));
        picture.setFitHeight(MAX_SHOWN_HEIGHT);
        viewModel.itemProperty().addListener((obs, old, now) -> showPicture(now));
        showPicture(viewModel.itemProperty().get());
    }

    private void showPicture(EvidenceItem item) {
        picture.setImage(null);
        dateLabel.pseudoClassStateChanged(EvidenceStyles.WEAK, viewModel.weakDate());
        boolean hasPicture = item != null && (item.mediaType().isImage()
                || item.mediaType() == MediaType.PDF);
        pictureFrame.setVisible(hasPicture);
        pictureFrame.setManaged(hasPicture);
        if (!hasPicture) {
            return;
        }
        pictureStatus.setText(i18n.text("timeline.preview.loading"));
        background.run(() -> previews.preview(item, PICTURE_EDGE).map(Pictures::toImage), image -> {
            if (viewModel.itemProperty().get() != item) {
                return; // another line was opened meanwhile
            }
            picture.setImage(image.orElse(null));
            pictureStatus.setText(image.isPresent() ? "" : i18n.text("timeline.preview.none"));
            if (image.isPresent()) {
                limitToPictureSize(image.get());
            }
        }, e -> pictureStatus.setText(i18n.text("timeline.preview.none")));
    }

    /** A small picture is shown at its own size rather than blown up. */
    private void limitToPictureSize(Image image) {
        picture.fitWidthProperty().unbind();
        picture.fitWidthProperty().bind(Bindings.min(image.getWidth(), Bindings.max(120, viewportWidth())));
    }

    /** The width inside the pane's padding, so the picture never needs a sideways scroll bar. */
    private javafx.beans.binding.DoubleBinding viewportWidth() {
        return Bindings.createDoubleBinding(() -> root.getViewportBounds().getWidth() - 36,
                root.viewportBoundsProperty());
    }

    @FXML
    private void openOriginal() {
        EvidenceItem item = viewModel.itemProperty().get();
        if (item != null) {
            onOpen.accept(item);
        }
    }

    @FXML
    private void editInEvidence() {
        EvidenceItem item = viewModel.itemProperty().get();
        if (item != null) {
            onEdit.accept(item);
        }
    }
}
