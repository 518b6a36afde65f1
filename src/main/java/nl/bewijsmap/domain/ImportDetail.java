package nl.bewijsmap.domain;

/**
 * Why a file counts as damaged or too complex, in words the user's language supplies: the stored detail of a
 * DAMAGED or TOO_COMPLEX problem is one of these names, then (for some) a tab and a number. Each has a
 * sentence under {@code import.detail.<NAME>}.
 */
public enum ImportDetail {
    CONTENTS_UNREADABLE,
    BUILT_TOO_DEEP,
    EMAIL_TOO_LARGE,
    EMAIL_TOO_MANY_PARTS,
    MSG_ONLY_DATE,
    PHOTO_DETAILS_UNREADABLE,
    PICTURE_TOO_LARGE,
    NO_PICTURE_INSIDE,
    VIDEO_DETAILS_UNREADABLE,
    VIDEO_INDEX_MISSING;

    public String messageKey() {
        return "import.detail." + name();
    }

    /** The stored form, with the number its sentence needs (megapixels, say). */
    public String with(Object argument) {
        return name() + "\t" + argument;
    }
}
