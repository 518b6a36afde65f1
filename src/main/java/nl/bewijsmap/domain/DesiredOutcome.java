package nl.bewijsmap.domain;

/** What the consumer asks the seller for. */
public enum DesiredOutcome {
    REPAIR,
    REPLACEMENT,
    PRICE_REDUCTION,
    REFUND,
    DISSOLUTION,
    COMPENSATION,
    VOUCHER
}
