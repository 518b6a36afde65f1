package nl.bewijsmap.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One deadline that applies to a dossier, as computed on a given day.
 *
 * @param rule        which deadline
 * @param country     whose law gave the period
 * @param due         the last day (inclusive), after any move to a working day
 * @param status      open, met or passed on the day it was computed
 * @param anchor      what the period counts from
 * @param countsFrom  the date of that fact; the period starts the day after
 * @param term        the length of the period
 * @param unrolledEnd the end before it moved past a weekend or public holiday, or null when it did not move
 * @param settledOn   the day of what met the deadline or decided it (a notice sent, a refund received, the
 *                    discovery of the defect), or null when nothing did yet
 * @param source      the citation, link and confidence of the rule
 */
public record Deadline(
        DeadlineRule rule,
        Country country,
        LocalDate due,
        DeadlineStatus status,
        DeadlineAnchor anchor,
        LocalDate countsFrom,
        Term term,
        LocalDate unrolledEnd,
        LocalDate settledOn,
        RuleSource source) {

    public Deadline {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(countsFrom, "countsFrom");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(source, "source");
        if (unrolledEnd != null && !unrolledEnd.isBefore(due)) {
            throw new IllegalArgumentException("A moved end lies before the day it moved to: " + unrolledEnd);
        }
    }

    /** Whether the end moved to the next working day because it fell on a weekend or public holiday. */
    public boolean moved() {
        return unrolledEnd != null;
    }
}
