package nl.bewijsmap.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.DeadlineAnchor;
import nl.bewijsmap.domain.DeadlineRule;
import nl.bewijsmap.domain.Route;
import nl.bewijsmap.domain.RouteFacts;
import nl.bewijsmap.domain.RuleSource;
import nl.bewijsmap.domain.Term;

/**
 * Reads {@code rules.json} field by field, so that a mistake in the file names the entry and the field rather than
 * a parser's position.
 */
final class RuleBookReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String name;

    RuleBookReader(String name) {
        this.name = name;
    }

    RuleBook read(InputStream in) throws IOException {
        JsonNode root = MAPPER.readTree(in);
        if (root == null || !root.isObject()) {
            throw new RuleDataException(name + " must hold one JSON object");
        }
        List<RuleEntry> entries = new ArrayList<>();
        for (JsonNode node : array(root, "deadlines", name)) {
            entries.add(entry(node, name + " deadlines[" + entries.size() + "]"));
        }
        List<RouteFacts> routes = new ArrayList<>();
        for (JsonNode node : array(root, "routes", name)) {
            routes.add(route(node, name + " routes[" + routes.size() + "]"));
        }
        Map<Country, Set<LocalDate>> equivalent = new EnumMap<>(Country.class);
        int index = 0;
        for (JsonNode node : array(root, "equivalentDays", name)) {
            String where = name + " equivalentDays[" + index++ + "]";
            source(node, where);
            Set<LocalDate> days = equivalent.computeIfAbsent(constant(node, "country", Country.class, where),
                    c -> new HashSet<>());
            for (JsonNode day : array(node, "dates", where)) {
                days.add(date(day.asText(), where + " dates"));
            }
        }
        return new RuleBook(entries, routes, equivalent);
    }

    private static RuleEntry entry(JsonNode node, String where) {
        DeadlineRule rule = constant(node, "rule", DeadlineRule.class, where);
        Country country = constant(node, "country", Country.class, where);
        where = where + " (" + rule + " " + country + ")";
        JsonNode earlier = node.get("earlierPeriod");
        Term earlierPeriod = null;
        LocalDate earlierUntil = null;
        if (earlier != null && !earlier.isNull()) {
            earlierPeriod = term(text(earlier, "period", where + " earlierPeriod"), where + " earlierPeriod");
            earlierUntil = date(text(earlier, "forPurchasesBefore", where + " earlierPeriod"), where);
        }
        DeadlineRule notBefore = node.hasNonNull("notBefore")
                ? constant(node, "notBefore", DeadlineRule.class, where) : null;
        try {
            return new RuleEntry(rule, country, term(text(node, "period", where), where),
                    constant(node, "countsFrom", DeadlineAnchor.class, where),
                    bool(node, "rollsToWorkingDay", where), earlierPeriod, earlierUntil, notBefore,
                    source(node, where));
        } catch (IllegalArgumentException e) {
            throw new RuleDataException(where + ": " + e.getMessage(), e);
        }
    }

    private static RouteFacts route(JsonNode node, String where) {
        Route route = constant(node, "route", Route.class, where);
        where = where + " (" + route + ")";
        Country country = node.hasNonNull("country") ? constant(node, "country", Country.class, where) : null;
        Term wait = node.hasNonNull("waitAfterComplaint") ? term(text(node, "waitAfterComplaint", where), where) : null;
        Term within = node.hasNonNull("fileWithin") ? term(text(node, "fileWithin", where), where) : null;
        try {
            return new RouteFacts(route, country, euros(node, "feeMin", where), euros(node, "feeMax", where), wait,
                    within, bool(node, "binding", where), source(node, where));
        } catch (IllegalArgumentException e) {
            throw new RuleDataException(where + ": " + e.getMessage(), e);
        }
    }

    private static RuleSource source(JsonNode node, String where) {
        try {
            JsonNode cited = node.get("source");
            Map<String, String> translations = new HashMap<>();
            String citation;
            if (cited != null && cited.isObject()) {
                citation = text(cited, "en", where + " source");
                cited.fields().forEachRemaining(field -> translations.put(field.getKey(), field.getValue().asText()));
                translations.remove("en");
            } else {
                citation = text(node, "source", where);
            }
            return new RuleSource(citation, translations, text(node, "url", where),
                    date(text(node, "lastChecked", where), where + " lastChecked"), bool(node, "confirmed", where),
                    node.hasNonNull("caveat") ? node.get("caveat").asText() : "");
        } catch (IllegalArgumentException e) {
            throw new RuleDataException(where + ": " + e.getMessage(), e);
        }
    }

    private static Iterable<JsonNode> array(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new RuleDataException(where + ": \"" + field + "\" must be a list");
        }
        return value;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new RuleDataException(where + ": \"" + field + "\" is missing or not a text");
        }
        return value.asText();
    }

    private static boolean bool(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            throw new RuleDataException(where + ": \"" + field + "\" must be true or false");
        }
        return value.asBoolean();
    }

    private static BigDecimal euros(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new RuleDataException(where + ": \"" + field + "\" must be an amount in euros, or null");
        }
        return value.decimalValue();
    }

    private static <E extends Enum<E>> E constant(JsonNode node, String field, Class<E> type, String where) {
        String value = text(node, field, where);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new RuleDataException(where + ": \"" + field + "\" is " + value + ", not one of "
                    + List.of(type.getEnumConstants()), e);
        }
    }

    private static Term term(String iso, String where) {
        try {
            return Term.parse(iso);
        } catch (IllegalArgumentException e) {
            throw new RuleDataException(where + ": " + e.getMessage(), e);
        }
    }

    private static LocalDate date(String iso, String where) {
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            throw new RuleDataException(where + ": \"" + iso + "\" is not a date like 2026-11-21", e);
        }
    }
}
