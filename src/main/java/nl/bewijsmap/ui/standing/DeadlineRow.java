package nl.bewijsmap.ui.standing;

import java.util.Objects;
import nl.bewijsmap.domain.Deadline;

/**
 * One deadline as the page shows it, worded in the user's language.
 *
 * @param deadline    the deadline itself
 * @param name        "Withdrawal period"
 * @param weekday     the weekday of the last day: "Thursday"
 * @param due         the last day: "19 March 2026"
 * @param status      "Open", "Done" or "Passed"
 * @param days        how far off it is: "3 days left", "Last day today", "Passed 4 days ago"; empty once met
 * @param explanation what it means, with its dates, and why its end moved when it did
 * @param source      "Source: … — checked 21 Nov 2026", with the guidance note when not confirmed
 * @param guidance    whether the rule was not confirmed from the statute text, so it is guidance only
 * @param url         where the source can be read; copied by the user, never opened by the app
 * @param attention   whether it ends soon or has just passed (see {@link DeadlineWarning}), or null
 */
public record DeadlineRow(Deadline deadline, String name, String weekday, String due, String status, String days,
        String explanation, String source, boolean guidance, String url, DeadlineWarning.Severity attention) {

    public DeadlineRow {
        Objects.requireNonNull(deadline, "deadline");
    }
}
