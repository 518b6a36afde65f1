package nl.bewijsmap.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One thing a package's recipient would miss: what, how much it matters, the items concerned (empty when the
 * problem is something missing), how many, and the date its text names (or null).
 */
public record ReadinessIssue(
        ReadinessProblem problem,
        ReadinessSeverity severity,
        List<ItemRef> items,
        int count,
        LocalDate date) {

    public ReadinessIssue {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(severity, "severity");
        items = List.copyOf(items);
        if (count < items.size()) {
            throw new IllegalArgumentException("The count covers at least the items named: " + count);
        }
    }

    /** An issue about something missing from the dossier, not about its items. */
    public static ReadinessIssue missing(ReadinessProblem problem, ReadinessSeverity severity) {
        return new ReadinessIssue(problem, severity, List.of(), 1, null);
    }

    public boolean blocks() {
        return severity == ReadinessSeverity.BLOCKER;
    }
}
