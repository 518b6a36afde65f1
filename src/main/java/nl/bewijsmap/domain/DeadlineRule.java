package nl.bewijsmap.domain;

import java.util.Locale;

/** The consumer-law deadlines Bewijsmap computes; each applies only when the dossier's facts call for it. */
public enum DeadlineRule {
    WITHDRAWAL,
    REFUND,
    DELIVERY,
    DEFECT_NOTICE,
    PRESUMPTION_END,
    GUARANTEE_END,
    NOTICE_OF_DEFAULT,
    GESCHILLENCOMMISSIE_EARLIEST,
    GESCHILLENCOMMISSIE_LATEST,
    CLAIM_LIMITATION,
    SELLER_REPLY;

    /**
     * Whether the rule's date is the first day something becomes possible rather than the last day to act: true only
     * for {@link #GESCHILLENCOMMISSIE_EARLIEST}, the day from which De Geschillencommissie takes a complaint. Word such
     * a date as "From 30 March 2026", never as a countdown to a last day; it is never passed, only still to come
     * ({@code OPEN}) or reached ({@code MET}).
     */
    public boolean isOpeningDay() {
        return this == GESCHILLENCOMMISSIE_EARLIEST;
    }

    /** The command-line spelling as a timeline kind: lower case with dashes, e.g. {@code geschillencommissie-latest}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
