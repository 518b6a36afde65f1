package nl.bewijsmap.domain;

/** How the consumer paid the seller. */
public enum PaymentMethod {
    IDEAL,
    BANCONTACT,
    CREDIT_CARD,
    DEBIT_CARD,
    PAYPAL,
    BANK_TRANSFER,
    BUY_NOW_PAY_LATER,
    CASH,
    OTHER
}
