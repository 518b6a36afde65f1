package nl.bewijsmap.domain;

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
    SELLER_REPLY
}
