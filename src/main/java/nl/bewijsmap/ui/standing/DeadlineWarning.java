package nl.bewijsmap.ui.standing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.bewijsmap.domain.Deadline;
import nl.bewijsmap.domain.DeadlineRule;
import nl.bewijsmap.domain.DeadlineStatus;
import nl.bewijsmap.rules.RuleTexts;
import nl.bewijsmap.ui.common.I18n;

/**
 * A deadline that needs attention now, in one sentence for a banner: one still open that ends within
 * {@value #SOON_DAYS} days, or one that passed unmet within the last {@value #RECENT_DAYS} days.
 *
 * @param deadline the deadline concerned
 * @param severity whether it ends soon or has just passed
 * @param text     the sentence, e.g. "Your withdrawal period ends in 3 days, on Thursday 19 March 2026."
 */
public record DeadlineWarning(Deadline deadline, Severity severity, String text) {

    /** How many days ahead an open deadline counts as ending soon. */
    public static final int SOON_DAYS = 14;
    /** How many days back a passed deadline still needs attention. */
    public static final int RECENT_DAYS = 30;
    /** Terms the seller keeps: no warning before they end, the consumer has nothing to do until then. */
    private static final Set<DeadlineRule> SELLERS_TERMS = EnumSet.of(DeadlineRule.REFUND, DeadlineRule.DELIVERY,
            DeadlineRule.NOTICE_OF_DEFAULT, DeadlineRule.SELLER_REPLY);

    /** Whether the deadline ends soon (something can still be done) or has just passed. */
    public enum Severity {
        SOON,
        PASSED
    }

    public DeadlineWarning {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Whether the deadline needs attention on {@code today}, and how. A term the seller has to keep (to answer, to
     * deliver, to refund) only needs the consumer once it has passed; one the consumer has to keep, also before.
     */
    public static Optional<Severity> attention(Deadline deadline, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, deadline.due());
        if (deadline.status() == DeadlineStatus.OPEN && days >= 0 && days <= SOON_DAYS
                && !SELLERS_TERMS.contains(deadline.rule())) {
            return Optional.of(Severity.SOON);
        }
        if (deadline.status() == DeadlineStatus.PASSED && days < 0 && -days <= RECENT_DAYS) {
            return Optional.of(Severity.PASSED);
        }
        return Optional.empty();
    }

    /** "3 days left", "Last day today", "In 3 days" (a first day to file), "Passed 4 days ago"; nothing once met. */
    public static String days(Deadline deadline, LocalDate today, I18n i18n) {
        long left = ChronoUnit.DAYS.between(today, deadline.due());
        return switch (deadline.status()) {
            case OPEN -> left < 0 ? ""
                    : i18n.text(deadline.rule().isOpeningDay() ? "standing.days.opens" : "standing.days.open", left);
            case PASSED -> left < 0 ? i18n.text("standing.days.passed", -left) : "";
            case MET -> "";
        };
    }

    /**
     * The warnings among {@code deadlines} on {@code today}, in the user's language: those ending soon first, the
     * nearest first, then those just passed, the latest first.
     */
    public static List<DeadlineWarning> of(List<Deadline> deadlines, LocalDate today, I18n i18n) {
        List<DeadlineWarning> warnings = new ArrayList<>();
        for (Deadline deadline : deadlines) {
            attention(deadline, today).ifPresent(severity -> {
                String date = RuleTexts.dayAndDate(deadline.due(), i18n.locale());
                String rule = deadline.rule().name();
                String text = severity == Severity.SOON
                        ? i18n.text("standing.warning.soon." + rule, i18n.text("standing.warning.when",
                                ChronoUnit.DAYS.between(today, deadline.due()), date), date)
                        : i18n.text("standing.warning.passed." + rule, date);
                warnings.add(new DeadlineWarning(deadline, severity, text));
            });
        }
        warnings.sort(Comparator.comparing(DeadlineWarning::severity).thenComparingLong(warning ->
                warning.severity() == Severity.SOON ? warning.deadline().due().toEpochDay()
                        : -warning.deadline().due().toEpochDay()));
        return List.copyOf(warnings);
    }
}
