package nl.bewijsmap.domain;

/** Where a date-time was read from; the order of the constants is no ranking. */
public enum TimestampSource {
    EXIF_ORIGINAL(true),
    EXIF_DIGITIZED(true),
    GPS(true),
    EXIF_DATETIME(true),
    XMP(true),
    QUICKTIME_APPLE(true),
    QUICKTIME(true),
    PDF_CREATION(true),
    PDF_XMP(true),
    EMAIL_DATE(true),
    USER(true),
    SYSTEM_CLOCK(true),
    /** Worked out by the app from the rules, such as the last day of a deadline. */
    COMPUTED(true),
    FILE_MODIFIED(false),
    NONE(false);

    private final boolean reliable;

    TimestampSource(boolean reliable) {
        this.reliable = reliable;
    }

    /** Whether a dispute body may take this date as what the evidence shows. */
    public boolean isReliable() {
        return reliable;
    }
}
