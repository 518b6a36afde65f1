package nl.bewijsmap.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a route costs and asks, as last checked: the consumer's fee in euros (a range when it differs per committee;
 * null when it depends on the claim and is not kept), how long the seller must have had after the complaint, how
 * long after the complaint the consumer may still file, and whether its outcome binds both sides.
 */
public record RouteFacts(
        Route route,
        Country country,
        BigDecimal feeMin,
        BigDecimal feeMax,
        Term waitAfterComplaint,
        Term fileWithin,
        boolean binding,
        RuleSource source) {

    public RouteFacts {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(source, "source");
        if ((feeMin == null) != (feeMax == null)) {
            throw new IllegalArgumentException("A fee is a range with both ends, or unknown: " + route);
        }
        if (feeMin != null && (feeMin.signum() < 0 || feeMax.compareTo(feeMin) < 0)) {
            throw new IllegalArgumentException("A fee range runs from low to high: " + feeMin + "–" + feeMax);
        }
    }

    /** Whether the consumer pays nothing. */
    public boolean free() {
        return feeMax != null && feeMax.signum() == 0;
    }

    /** Whether the fee is known. */
    public boolean feeKnown() {
        return feeMin != null;
    }
}
