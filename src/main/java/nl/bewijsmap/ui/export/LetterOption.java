package nl.bewijsmap.ui.export;

import java.util.Objects;
import nl.bewijsmap.domain.LetterKind;

/** Which letter opens a package: none, the one being written on the letters tab, or a fresh draft of a kind. */
public record LetterOption(Source source, LetterKind kind) {

    /** Where the letter comes from. */
    public enum Source {
        NONE,
        CURRENT,
        FRESH
    }

    public static final LetterOption NONE = new LetterOption(Source.NONE, null);
    public static final LetterOption CURRENT = new LetterOption(Source.CURRENT, null);

    public LetterOption {
        Objects.requireNonNull(source, "source");
        if ((source == Source.FRESH) != (kind != null)) {
            throw new IllegalArgumentException("Only a fresh draft names its kind: " + source + " " + kind);
        }
    }

    public static LetterOption fresh(LetterKind kind) {
        return new LetterOption(Source.FRESH, Objects.requireNonNull(kind, "kind"));
    }
}
