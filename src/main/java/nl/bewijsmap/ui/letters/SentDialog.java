package nl.bewijsmap.ui.letters;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.bewijsmap.ui.common.Fields;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.common.TimesOfDay;

/** Asks when the letter was sent (posted, emailed, handed in); now unless the user says otherwise. */
final class SentDialog extends Dialog<LocalDateTime> {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    SentDialog(I18n i18n, LocalDateTime now) {
        setHeaderText(i18n.text("letters.sent.question"));
        DatePicker date = new DatePicker(now.toLocalDate());
        date.setId("sentDatePicker");
        Fields.localDates(date, i18n.locale(), i18n.text("dossier.date.prompt"));
        date.setAccessibleText(i18n.text("letters.sent.date"));
        TextField time = new TextField(CLOCK_TIME.format(now));
        time.setId("sentTimeField");
        time.setPromptText(i18n.text("timeline.entryForm.time.prompt"));
        time.setAccessibleText(i18n.text("letters.sent.time"));
        time.setPrefColumnCount(6);
        Label dateLabel = new Label(i18n.text("letters.sent.date"));
        dateLabel.setLabelFor(date);
        Label timeLabel = new Label(i18n.text("letters.sent.time"));
        timeLabel.setLabelFor(time);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, dateLabel, date);
        grid.addRow(1, timeLabel, time);

        ObjectBinding<LocalDateTime> moment = Bindings.createObjectBinding(() -> {
            LocalDate day = date.getValue();
            Optional<LocalTime> at = TimesOfDay.parse(time.getText() == null ? "" : time.getText());
            return day == null || at.isEmpty() ? null : day.atTime(at.get());
        }, date.valueProperty(), time.textProperty());
        Label problem = new Label();
        problem.setId("sentProblem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            if (moment.get() == null) {
                return i18n.text(date.getValue() == null ? "timeline.entryForm.date.missing"
                        : "letters.sent.time.invalid");
            }
            return moment.get().toLocalDate().isAfter(now.toLocalDate()) ? i18n.text("letters.sent.future") : "";
        }, moment));
        Fields.showWhen(problem, problem.textProperty().isNotEmpty());
        Label what = new Label(i18n.text("letters.sent.what"));
        what.getStyleClass().add("section-hint");
        what.setWrapText(true);
        what.setMaxWidth(420);
        VBox content = new VBox(10, grid, problem, what);
        getDialogPane().setContent(content);
        getDialogPane().setId("sentDialog");

        ButtonType keep = new ButtonType(i18n.text("letters.sent.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(keep, cancel);
        Node keepButton = getDialogPane().lookupButton(keep);
        keepButton.setId("sentConfirmButton");
        keepButton.disableProperty().bind(problem.textProperty().isNotEmpty());
        setResultConverter(button -> button == keep ? moment.get() : null);
        setOnShown(e -> date.getEditor().requestFocus());
    }
}
