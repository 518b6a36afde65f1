package nl.bewijsmap.domain;

/**
 * Why a file could not be kept (a rejection) or was kept with a caveat (a warning). Each has a
 * sentence in both languages under {@code import.problem.<NAME>}, with {@code {0}} for the detail.
 */
public enum ImportProblem {
    NOT_FOUND(true),
    FOLDER(true),
    UNREADABLE(true),
    EMPTY(true),
    TOO_LARGE(true),
    ATTACHMENT_UNREADABLE(true),
    DAMAGED(false),
    ENCRYPTED(false),
    NAME_MISMATCH(false),
    UNKNOWN_TYPE(false),
    TOO_COMPLEX(false),
    READ_TIMEOUT(false),
    NO_DATE(false),
    PLACEHOLDER_DATE(false);

    private final boolean rejects;

    ImportProblem(boolean rejects) {
        this.rejects = rejects;
    }

    /** True when the file cannot be kept at all; false when it is kept with a warning. */
    public boolean rejects() {
        return rejects;
    }

    /** Whether its detail is an {@link ImportDetail} (an explanation) rather than a name, a size or a date. */
    public boolean detailIsExplanation() {
        return this == DAMAGED || this == TOO_COMPLEX;
    }

    /** The resource-bundle key of its sentence. */
    public String messageKey() {
        return "import.problem." + name();
    }
}
