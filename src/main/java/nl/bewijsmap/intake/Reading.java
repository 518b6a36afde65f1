package nl.bewijsmap.intake;

import java.util.List;
import java.util.Objects;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.ImportProblem;
import nl.bewijsmap.domain.Timestamp;

/**
 * What was read from inside one file: its best trustworthy date-time (null when there is none, so
 * the caller falls back to {@link MetadataReader#fileModified}), warnings, and guesses for kind and title.
 */
public record Reading(Timestamp timestamp, List<Problem> problems, EvidenceKind suggestedKind,
        String suggestedTitle, EmailDetails email, boolean needsPassword) {

    public Reading {
        problems = problems == null ? List.of() : List.copyOf(problems);
        Objects.requireNonNull(suggestedKind, "suggestedKind");
    }

    /** A reading that found nothing but the given problem. */
    public static Reading failed(EvidenceKind kind, ImportProblem code, String detail) {
        return new Reading(null, List.of(new Problem(code, detail)), kind, null, null, false);
    }

    public boolean has(ImportProblem code) {
        return problems.stream().anyMatch(p -> p.code() == code);
    }
}
