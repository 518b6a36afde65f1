package nl.bewijsmap.ui.main;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import nl.bewijsmap.domain.DossierSummary;
import nl.bewijsmap.ui.common.I18n;

/** One dossier in the list: its title, and the seller, phase and last change beneath. */
final class DossierCell extends ListCell<DossierSummary> {

    private final I18n i18n;
    private final Label title = new Label();
    private final Label details = new Label();
    private final Label changed = new Label();
    private final VBox box = new VBox(2, title, details, changed);
    private final DateTimeFormatter dates;

    DossierCell(I18n i18n) {
        this.i18n = i18n;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale());
        title.getStyleClass().add("dossier-title");
        details.getStyleClass().add("dossier-details");
        changed.getStyleClass().add("dossier-details");
        // Never wider than the list: long titles end in "…" instead of a sideways scroll bar.
        setPrefWidth(0);
        box.setMinWidth(0);
    }

    @Override
    protected void updateItem(DossierSummary item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        title.setText(item.archived() ? i18n.text("main.cell.archived", item.title()) : item.title());
        String seller = item.sellerName().isEmpty() ? i18n.text("main.cell.noSeller") : item.sellerName();
        details.setText(i18n.text("main.cell.details", seller, i18n.name(item.phase())));
        changed.setText(i18n.text("main.cell.changed", dates.format(item.updatedAt().local())));
        setGraphic(box);
        setAccessibleText(title.getText() + ", " + details.getText() + ", " + changed.getText());
    }
}
