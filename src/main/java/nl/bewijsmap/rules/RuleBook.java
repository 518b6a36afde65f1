package nl.bewijsmap.rules;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.DeadlineRule;
import nl.bewijsmap.domain.Route;
import nl.bewijsmap.domain.RouteFacts;

/**
 * The consumer-law rules and route fees of {@code rules.json}, each with its source: one place to update when the
 * law or a fee changes. A rule that has no entry for a country does not apply there.
 */
public final class RuleBook {

    static final String RESOURCE = "/nl/bewijsmap/rules/rules.json";

    private final Map<Country, Map<DeadlineRule, RuleEntry>> rules = new EnumMap<>(Country.class);
    private final Map<Route, RouteFacts> routes = new EnumMap<>(Route.class);
    private final Map<Country, Set<LocalDate>> equivalentDays = new EnumMap<>(Country.class);

    RuleBook(List<RuleEntry> entries, List<RouteFacts> routeFacts, Map<Country, Set<LocalDate>> equivalent) {
        for (RuleEntry entry : entries) {
            RuleEntry before = rules.computeIfAbsent(entry.country(), c -> new EnumMap<>(DeadlineRule.class))
                    .put(entry.rule(), entry);
            if (before != null) {
                throw new RuleDataException("rules.json lists " + entry.rule() + " for " + entry.country() + " twice");
            }
        }
        for (RouteFacts facts : routeFacts) {
            if (routes.put(facts.route(), facts) != null) {
                throw new RuleDataException("rules.json lists the route " + facts.route() + " twice");
            }
        }
        equivalent.forEach((country, days) -> equivalentDays.put(country, Set.copyOf(days)));
    }

    /** The rules bundled with the app. Read once; a malformed file is a build defect, so it fails loudly. */
    public static RuleBook standard() {
        return Standard.BOOK;
    }

    /** Reads a rules file; {@code name} only serves the error messages. */
    public static RuleBook read(InputStream in, String name) {
        try {
            return new RuleBookReader(name).read(in);
        } catch (IOException e) {
            throw new RuleDataException(name + " cannot be read as JSON: " + e.getMessage(), e);
        }
    }

    public Optional<RuleEntry> rule(DeadlineRule rule, Country country) {
        return Optional.ofNullable(rules.getOrDefault(country, Map.of()).get(rule));
    }

    public Optional<RouteFacts> route(Route route) {
        return Optional.ofNullable(routes.get(route));
    }

    /** Every rule entry, by country and then rule. */
    public List<RuleEntry> entries() {
        return rules.values().stream().flatMap(byRule -> byRule.values().stream()).toList();
    }

    /** Days a country treats as public holidays for legal periods only, by decree (NL Atw art. 3(3)). */
    public Set<LocalDate> equivalentDays(Country country) {
        return equivalentDays.getOrDefault(country, Set.of());
    }

    private static final class Standard {
        static final RuleBook BOOK = load();

        private static RuleBook load() {
            try (InputStream in = RuleBook.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new RuleDataException("The rules file " + RESOURCE + " is missing from the application");
                }
                return read(in, "rules.json");
            } catch (IOException e) {
                throw new RuleDataException("The rules file " + RESOURCE + " cannot be read", e);
            }
        }
    }
}
