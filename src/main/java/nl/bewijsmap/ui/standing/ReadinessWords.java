package nl.bewijsmap.ui.standing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.bewijsmap.domain.ReadinessIssue;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.rules.GuideTexts;
import nl.bewijsmap.ui.common.I18n;

/**
 * What a package for one recipient would miss, worded as the "Ready to send?" part of the steps tab words it: a row
 * per issue and a sentence that sums them up. Made on a worker thread.
 *
 * @param rows     the issues, as the rules list them (what would stop the package first)
 * @param summary  "Nothing missing for De Geschillencommissie.", or how much there is to fix
 * @param blockers how many of the issues would most likely stop the recipient taking the case
 */
public record ReadinessWords(List<ReadinessRow> rows, String summary, int blockers) {

    public ReadinessWords {
        rows = List.copyOf(rows);
    }

    /** Words the issues a package for the recipient would have. */
    public static ReadinessWords of(Recipient recipient, List<ReadinessIssue> issues, I18n i18n) {
        Locale locale = i18n.locale();
        List<ReadinessRow> rows = new ArrayList<>(issues.size());
        int blockers = 0;
        for (ReadinessIssue issue : issues) {
            rows.add(new ReadinessRow(issue, GuideTexts.problem(issue, locale), GuideTexts.fix(issue, locale),
                    GuideTexts.severity(issue.severity(), locale)));
            blockers += issue.blocks() ? 1 : 0;
        }
        String who = i18n.text("standing.recipient." + recipient.name());
        String summary;
        if (issues.isEmpty()) {
            summary = i18n.text("standing.ready.clean", who);
        } else if (blockers > 0) {
            summary = i18n.text("standing.ready.blockers", who, blockers, issues.size() - blockers);
        } else {
            summary = i18n.text("standing.ready.warnings", who, issues.size());
        }
        return new ReadinessWords(rows, summary, blockers);
    }

    /** Whether nothing is missing. */
    public boolean clean() {
        return rows.isEmpty();
    }
}
