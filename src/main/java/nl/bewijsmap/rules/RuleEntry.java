package nl.bewijsmap.rules;

import java.time.LocalDate;
import java.util.Objects;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.DeadlineAnchor;
import nl.bewijsmap.domain.DeadlineRule;
import nl.bewijsmap.domain.RuleSource;
import nl.bewijsmap.domain.Term;

/**
 * One deadline rule for one country as the data file states it.
 *
 * @param period            the length of the period
 * @param countsFrom        what the period counts from
 * @param rollsToWorkingDay whether an end on a Saturday, Sunday or public holiday moves to the next working day
 * @param earlierPeriod     the period for purchases before {@code earlierUntil} (a change in the law), or null
 * @param earlierUntil      the first purchase date the current period applies to, or null
 * @param notBefore         a rule whose end this one never ends before (Belgian limitation), or null
 */
public record RuleEntry(
        DeadlineRule rule,
        Country country,
        Term period,
        DeadlineAnchor countsFrom,
        boolean rollsToWorkingDay,
        Term earlierPeriod,
        LocalDate earlierUntil,
        DeadlineRule notBefore,
        RuleSource source) {

    public RuleEntry {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(countsFrom, "countsFrom");
        Objects.requireNonNull(source, "source");
        if ((earlierPeriod == null) != (earlierUntil == null)) {
            throw new IllegalArgumentException("An earlier period needs the date it ended, and only then: " + rule);
        }
        if (notBefore == rule) {
            throw new IllegalArgumentException("A rule cannot end no earlier than itself: " + rule);
        }
    }

    /** The period for a purchase made on {@code purchase}; an unknown purchase date gets the current period. */
    public Term periodFor(LocalDate purchase) {
        boolean older = earlierPeriod != null && purchase != null && purchase.isBefore(earlierUntil);
        return older ? earlierPeriod : period;
    }
}
