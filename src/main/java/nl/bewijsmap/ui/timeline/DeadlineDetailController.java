package nl.bewijsmap.ui.timeline;

import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import nl.bewijsmap.domain.Deadline;
import nl.bewijsmap.domain.DeadlineStatus;
import nl.bewijsmap.rules.GuideTexts;
import nl.bewijsmap.rules.RuleTexts;
import nl.bewijsmap.ui.common.I18n;

/**
 * A deadline opened from the timeline: its last day and status, the rule in plain words with the dates, and where
 * the rule comes from. The address of the source is copyable text: the app itself opens no connection.
 */
public final class DeadlineDetailController {

    private final I18n i18n;
    private final RuleTexts rules = RuleTexts.standard();

    @FXML private Label nameLabel;
    @FXML private Label dueLabel;
    @FXML private Label statusLabel;
    @FXML private Label explanationLabel;
    @FXML private Label sourceLabel;
    @FXML private Label urlLabel;
    @FXML private TextField urlField;
    @FXML private Label disclaimerLabel;

    public DeadlineDetailController(I18n i18n) {
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        urlLabel.setLabelFor(urlField);
        disclaimerLabel.setText(GuideTexts.disclaimer(i18n.locale()));
    }

    public void show(Deadline deadline) {
        Locale locale = i18n.locale();
        nameLabel.setText(rules.name(deadline.rule(), locale));
        boolean opening = deadline.rule().isOpeningDay();
        dueLabel.setText(i18n.text(opening ? "timeline.deadline.from" : "timeline.deadline.due",
                RuleTexts.date(deadline.due(), locale)));
        statusLabel.setText(rules.status(deadline, locale));
        for (DeadlineStatus status : DeadlineStatus.values()) {
            statusLabel.pseudoClassStateChanged(PseudoClass.getPseudoClass(status.cliName()),
                    status == deadline.status());
        }
        explanationLabel.setText(rules.describe(deadline, locale));
        sourceLabel.setText(rules.sourceLine(deadline.source(), locale));
        urlField.setText(deadline.source().url());
    }
}
