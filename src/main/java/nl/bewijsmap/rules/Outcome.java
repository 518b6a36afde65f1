package nl.bewijsmap.rules;

import java.time.LocalDate;
import nl.bewijsmap.domain.DeadlineStatus;

/** A deadline's status and the day of what settled it (null when nothing did). */
record Outcome(DeadlineStatus status, LocalDate settledOn) {

    static Outcome open() {
        return new Outcome(DeadlineStatus.OPEN, null);
    }

    /** The consumer had to act by {@code due}: met when the act came in time, passed when the day went by. */
    static Outcome consumerAct(LocalDate act, LocalDate due, LocalDate today) {
        if (act != null && !act.isAfter(due)) {
            return new Outcome(DeadlineStatus.MET, act);
        }
        return today.isAfter(due) ? new Outcome(DeadlineStatus.PASSED, act) : open();
    }

    /**
     * The seller had to act by {@code due}: met once it did, even late, because then the deadline needs no more
     * attention; passed when the day went by without it.
     */
    static Outcome sellerAct(LocalDate act, LocalDate due, LocalDate today) {
        if (act != null) {
            return new Outcome(DeadlineStatus.MET, act);
        }
        return today.isAfter(due) ? new Outcome(DeadlineStatus.PASSED, null) : open();
    }

    /** A fact on or before {@code end} meets it, a later one misses it; without the fact, only time decides. */
    static Outcome factWithin(LocalDate fact, LocalDate end, LocalDate today) {
        if (fact != null) {
            return new Outcome(fact.isAfter(end) ? DeadlineStatus.PASSED : DeadlineStatus.MET, fact);
        }
        return today.isAfter(end) ? new Outcome(DeadlineStatus.PASSED, null) : open();
    }
}
