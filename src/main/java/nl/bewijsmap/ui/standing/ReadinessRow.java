package nl.bewijsmap.ui.standing;

import java.util.Objects;
import nl.bewijsmap.domain.ReadinessIssue;

/**
 * One thing a package's recipient would miss, worded: what is wrong, how to put it right and how much it matters
 * ("Fix this first", "Worth fixing").
 */
public record ReadinessRow(ReadinessIssue issue, String problem, String fix, String severity) {

    public ReadinessRow {
        Objects.requireNonNull(issue, "issue");
    }

    /** Whether the recipient would most likely not take the case as it is. */
    public boolean blocks() {
        return issue.blocks();
    }
}
