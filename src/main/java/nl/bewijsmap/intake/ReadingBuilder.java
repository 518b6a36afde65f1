package nl.bewijsmap.intake;

import java.util.ArrayList;
import java.util.List;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.ImportProblem;
import nl.bewijsmap.domain.Timestamp;

/** Collects what a reader finds; date candidates are offered best first and the first real one wins. */
final class ReadingBuilder {

    private final Placeholders placeholders;
    private final List<Problem> problems = new ArrayList<>();
    private Timestamp chosen;
    private String placeholderSeen;
    private EvidenceKind kind;
    private String title;
    private EmailDetails email;
    private boolean needsPassword;
    private boolean expectsDate = true;

    ReadingBuilder(Placeholders placeholders, EvidenceKind kind) {
        this.placeholders = placeholders;
        this.kind = kind;
    }

    /** Offers a candidate; ignored when null, when a better one was already taken, or when it is a placeholder. */
    ReadingBuilder offer(Timestamp candidate) {
        if (candidate == null || chosen != null) {
            return this;
        }
        if (placeholders.isPlaceholder(candidate)) {
            notePlaceholder(Dates.display(candidate));
        } else {
            chosen = candidate;
        }
        return this;
    }

    /** Records a date field that holds no real date at all (such as 0000:00:00 00:00:00). */
    ReadingBuilder notePlaceholder(String shownAs) {
        if (placeholderSeen == null) {
            placeholderSeen = shownAs;
        }
        return this;
    }

    boolean hasTimestamp() {
        return chosen != null;
    }

    /** The date taken so far, or null. */
    Timestamp timestamp() {
        return chosen;
    }

    ReadingBuilder problem(ImportProblem code, String detail) {
        if (problems.stream().noneMatch(p -> p.code() == code)) {
            problems.add(new Problem(code, detail));
        }
        return this;
    }

    ReadingBuilder kind(EvidenceKind value) {
        this.kind = value;
        return this;
    }

    ReadingBuilder title(String value) {
        this.title = value == null || value.isBlank() ? null : value.strip();
        return this;
    }

    ReadingBuilder email(EmailDetails value) {
        this.email = value;
        return this;
    }

    ReadingBuilder needsPassword() {
        this.needsPassword = true;
        return this;
    }

    /** For types that never carry a date of their own (plain text): no NO_DATE warning then. */
    ReadingBuilder noDateExpected() {
        this.expectsDate = false;
        return this;
    }

    Reading build() {
        List<Problem> all = new ArrayList<>(problems);
        if (chosen == null && !needsPassword && all.stream().noneMatch(p -> isFailure(p.code()))) {
            if (placeholderSeen != null) {
                all.add(new Problem(ImportProblem.PLACEHOLDER_DATE, placeholderSeen));
            } else if (expectsDate) {
                all.add(new Problem(ImportProblem.NO_DATE, ""));
            }
        }
        return new Reading(chosen, all, kind, title, email, needsPassword);
    }

    private static boolean isFailure(ImportProblem code) {
        return code == ImportProblem.DAMAGED || code == ImportProblem.TOO_COMPLEX || code == ImportProblem.READ_TIMEOUT;
    }
}
