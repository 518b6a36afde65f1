package nl.bewijsmap.ui.export;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import nl.bewijsmap.ui.common.I18n;

/** Binds the export dialog's last page: the files written, where they are, and opening, showing or mailing them. */
public final class ExportDoneController {

    private final ExportResult result;
    private final I18n i18n;

    @FXML private Label doneSummary;
    @FXML private Label doneFolder;
    @FXML private ListView<ExportResult.File> filesList;
    @FXML private Label mailHint;

    public ExportDoneController(ExportResult result, I18n i18n) {
        this.result = result;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        doneSummary.textProperty().bind(result.summaryProperty());
        filesList.setItems(result.files());
        // As tall as its files (up to six), so that the buttons stand right under them.
        filesList.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(6, Math.max(1, result.files().size())) * filesList.getFixedCellSize() + 4,
                result.files()));
        doneFolder.textProperty().bind(Bindings.createStringBinding(() -> result.files().isEmpty() ? ""
                : i18n.text("export.done.folder", result.files().get(0).path().toAbsolutePath().getParent()),
                result.files()));
        filesList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ExportResult.File file, boolean empty) {
                super.updateItem(file, empty);
                setText(empty || file == null ? null : i18n.text("export.done.file", file.name(), file.size()));
            }
        });
        mailHint.textProperty().bind(Bindings.createStringBinding(() -> i18n.text(
                result.sellerEmailProperty().get().isEmpty() ? "export.mail.hint.noAddress" : "export.mail.hint",
                result.sellerEmailProperty().get()), result.sellerEmailProperty()));
    }

    @FXML
    private void openPdf() {
        result.openPdf();
    }

    @FXML
    private void showInFolder() {
        result.showInFolder();
    }

    @FXML
    private void emailSeller() {
        result.emailSeller();
    }
}
