package nl.bewijsmap.domain;

/**
 * Something a package's recipient would miss in a dossier. Each has a plain-words problem and a how-to-fix text under
 * {@code readiness.<NAME>.problem} and {@code readiness.<NAME>.fix}, with the count as {0} and a date as {1}.
 */
public enum ReadinessProblem {
    NO_PROOF_OF_PURCHASE,
    NO_WRITTEN_COMPLAINT,
    COMPLAINT_TOO_RECENT,
    FILING_DEADLINE_PASSED,
    NO_SELLER_NAME,
    NO_SELLER_ADDRESS,
    NO_PROBLEM_DESCRIPTION,
    NO_PURCHASE_DATE,
    UNRELIABLE_DATES,
    UNDATED_ITEMS,
    DATED_IN_FUTURE,
    CALLS_WITHOUT_AGREEMENTS,
    /** Photos in a format (HEIC) that the package cannot always draw; exported as JPEG they can be. */
    PHOTOS_NOT_SHOWN;

    public String problemKey() {
        return "readiness." + name() + ".problem";
    }

    public String fixKey() {
        return "readiness." + name() + ".fix";
    }
}
