package nl.bewijsmap.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Where a dispute stands and what the consumer can do next: the dossier's phase, the next step, the routes that
 * fit this seller and country in the order to take them (with their fees), and the first and last day to file with
 * the dispute body when those are known (else null). General information, never legal advice.
 */
public record PhaseAdvice(
        Phase phase,
        NextStep step,
        List<Route> routes,
        List<RouteFacts> facts,
        LocalDate earliestFiling,
        LocalDate latestFiling) {

    public PhaseAdvice {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(step, "step");
        routes = List.copyOf(routes);
        facts = List.copyOf(facts);
    }

    /** The fees and terms of the route the next step takes, when it has one and they are kept. */
    public RouteFacts stepFacts() {
        for (RouteFacts each : facts) {
            if (each.route() == step.route()) {
                return each;
            }
        }
        return null;
    }
}
