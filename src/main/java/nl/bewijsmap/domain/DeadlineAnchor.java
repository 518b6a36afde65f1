package nl.bewijsmap.domain;

/** The fact a deadline counts from; the day of that fact itself is not counted. */
public enum DeadlineAnchor {
    /** The order (purchase) date: the day the contract was made. */
    ORDER,
    /** The delivery date: the day the consumer received the (last) goods. */
    DELIVERY,
    /** The day the consumer discovered the defect. */
    DISCOVERY,
    /** The first time the consumer told the seller about the defect: in writing, or by a call the consumer made. */
    FIRST_NOTICE,
    /** The first written complaint to the seller. */
    COMPLAINT_SENT,
    /** The first notice of default (ingebrekestelling). */
    NOTICE_OF_DEFAULT_SENT,
    /** The first withdrawal notice. */
    WITHDRAWAL_SENT
}
