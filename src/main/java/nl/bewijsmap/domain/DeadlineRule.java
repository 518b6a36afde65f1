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

    /** The command-line spelling as a timeline kind: lower case with dashes, e.g. {@code geschillencommissie-latest}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
