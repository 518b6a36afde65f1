package nl.bewijsmap.intake;

import java.util.Objects;
import nl.bewijsmap.domain.ImportProblem;

/** A caveat found while reading a file: a warning code plus plain words for the {@code {0}} of its sentence. */
public record Problem(ImportProblem code, String detail) {

    public Problem {
        Objects.requireNonNull(code, "code");
        if (code.rejects()) {
            throw new IllegalArgumentException("a reading only carries warnings, not " + code);
        }
        detail = detail == null ? "" : detail;
    }
}
