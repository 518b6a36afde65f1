package nl.bewijsmap.ui.standing;

import java.util.function.BiConsumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.bewijsmap.domain.DeadlineStatus;
import nl.bewijsmap.domain.Phase;
import nl.bewijsmap.ui.common.I18n;

/**
 * Builds the parts of the page that repeat: a card per deadline, an item per readiness issue, a chip per phase and
 * the copyable web address of a source. Each gets an id made of its kind and its constant, e.g.
 * {@code deadline-WITHDRAWAL}, so tests and screen readers can find it.
 */
public final class StandingCards {

    private static final PseudoClass SOON = PseudoClass.getPseudoClass("soon");
    private static final PseudoClass MISSED = PseudoClass.getPseudoClass("missed");
    private static final PseudoClass GUIDANCE = PseudoClass.getPseudoClass("guidance");
    private static final PseudoClass BLOCKER = PseudoClass.getPseudoClass("blocker");
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass PAST = PseudoClass.getPseudoClass("past");

    private final I18n i18n;
    /** Puts a web address on the clipboard and tells the button that asked. */
    private final BiConsumer<String, Button> copy;

    StandingCards(I18n i18n, BiConsumer<String, Button> copy) {
        this.i18n = i18n;
        this.copy = copy;
    }

    /** A deadline: its last day on the left; its name, status, explanation and source on the right. */
    Node deadline(DeadlineRow row) {
        String id = row.deadline().rule().name();
        Label weekday = label(row.weekday(), "standing-weekday");
        Label due = label(row.due(), "standing-due");
        Label days = label(row.days(), "standing-days");
        days.setId("deadlineDays-" + id);
        days.setVisible(!row.days().isEmpty());
        days.setManaged(days.isVisible());
        VBox when = new VBox(2, weekday, due, days);
        when.getStyleClass().add("standing-when");

        Label name = label(row.name(), "standing-deadline-name");
        name.setId("deadlineName-" + id);
        Label status = label(row.status(), "timeline-badge");
        status.getStyleClass().add("standing-status");
        status.setId("deadlineStatus-" + id);
        for (DeadlineStatus each : DeadlineStatus.values()) {
            status.pseudoClassStateChanged(PseudoClass.getPseudoClass(each.cliName()),
                    each == row.deadline().status());
        }
        HBox heading = new HBox(10, name, status);
        heading.setAlignment(Pos.CENTER_LEFT);
        Label explanation = wrapped(row.explanation(), "standing-explanation");
        explanation.setId("deadlineExplanation-" + id);
        Label source = wrapped(row.source(), "standing-source");
        source.setId("deadlineSource-" + id);
        source.pseudoClassStateChanged(GUIDANCE, row.guidance());
        VBox body = new VBox(6, heading, explanation, source, link(row.url(), "deadline", id, row.name()));
        HBox.setHgrow(body, Priority.ALWAYS);
        body.setMinWidth(0);

        HBox card = new HBox(20, when, body);
        card.setId("deadline-" + id);
        card.getStyleClass().addAll("standing-box", "standing-deadline");
        card.pseudoClassStateChanged(SOON, row.attention() == DeadlineWarning.Severity.SOON);
        card.pseudoClassStateChanged(MISSED, row.attention() == DeadlineWarning.Severity.PASSED);
        days.pseudoClassStateChanged(SOON, row.attention() == DeadlineWarning.Severity.SOON);
        days.pseudoClassStateChanged(MISSED, row.attention() == DeadlineWarning.Severity.PASSED);
        card.setAccessibleRole(AccessibleRole.TEXT);
        card.setAccessibleText(i18n.text(row.deadline().rule().isOpeningDay()
                ? "standing.deadline.accessible.from" : "standing.deadline.accessible", row.name(), row.weekday(), row.due(),
                row.status(), row.days()) + " " + row.explanation());
        return card;
    }

    /** A readiness issue as the steps tab shows it, for the other places that run the check (the export dialog). */
    public static Node readinessIssue(ReadinessRow row, I18n i18n) {
        return new StandingCards(i18n, (url, button) -> { }).issue(row);
    }

    /** Something a recipient would miss: how much it matters, what is wrong and what to do about it. */
    Node issue(ReadinessRow row) {
        String id = row.issue().problem().name();
        Label icon = label("⚠", "standing-issue-icon");
        icon.setMinWidth(Region.USE_PREF_SIZE);
        icon.pseudoClassStateChanged(BLOCKER, row.blocks());
        Label severity = label(row.severity(), "standing-severity");
        severity.pseudoClassStateChanged(BLOCKER, row.blocks());
        Label problem = wrapped(row.problem(), "standing-problem");
        problem.setId("issueProblem-" + id);
        Label fix = wrapped(i18n.text("standing.ready.fix", row.fix()), "standing-fix");
        fix.setId("issueFix-" + id);
        VBox text = new VBox(3, severity, problem, fix);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        HBox item = new HBox(10, icon, text);
        item.setId("issue-" + id);
        item.getStyleClass().addAll("standing-box", "standing-issue");
        item.pseudoClassStateChanged(BLOCKER, row.blocks());
        item.setAccessibleRole(AccessibleRole.TEXT);
        item.setAccessibleText(row.severity() + ": " + row.problem() + " " + fix.getText());
        return item;
    }

    /** One step of the usual course of a dispute, marked when the dossier is there. */
    Node phase(Phase phase, Phase current) {
        Label chip = label(i18n.name(phase), "standing-phase-chip");
        chip.setId("phase-" + phase.name());
        chip.setMinWidth(Region.USE_PREF_SIZE);
        chip.pseudoClassStateChanged(CURRENT, phase == current);
        chip.pseudoClassStateChanged(PAST, current != null && phase.compareTo(current) < 0);
        return chip;
    }

    /** The arrow between two phases. */
    Node arrow() {
        Label arrow = label("›", "standing-phase-arrow");
        arrow.setAccessibleText("");
        return arrow;
    }

    /**
     * A source's web address as text the user can select and copy, and a button that copies it. The app opens
     * no network connection itself, so the address is never a link.
     */
    HBox link(String url, String kind, String id, String about) {
        TextField field = new TextField(url);
        field.setId(kind + "Url-" + id);
        field.setEditable(false);
        field.setFocusTraversable(true);
        field.getStyleClass().add("standing-url");
        field.setAccessibleText(i18n.text("standing.link.accessible", about));
        field.setTooltip(new Tooltip(i18n.text("standing.link.hint")));
        HBox.setHgrow(field, Priority.ALWAYS);
        field.setMaxWidth(560);
        Button button = new Button(i18n.text("standing.link.copy"));
        button.setId(kind + "Copy-" + id);
        button.getStyleClass().addAll("standing-copy", "small");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setAccessibleText(i18n.text("standing.link.copy.accessible", about));
        button.setOnAction(e -> copy.accept(url, button));
        HBox box = new HBox(6, field, button);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setVisible(!url.isEmpty());
        box.setManaged(box.isVisible());
        return box;
    }

    private static Label label(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        return label;
    }

    /** A label that wraps to the width it is given, instead of ending in "…". */
    private static Label wrapped(String text, String style) {
        Label label = label(text, style);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
