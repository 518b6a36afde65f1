package nl.bewijsmap.letters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.Recipient;

/**
 * The names and postal addresses of the keurmerken and dispute bodies a cover letter goes to, from
 * {@code letters/recipients.json}, where each has its source and the day it was last checked.
 */
final class DisputeBodies {

    static final String RESOURCE = Templates.ROOT + "recipients.json";

    /** One addressee: its name per language and its address lines (empty when no primary source gave one). */
    record Body(Map<String, String> names, List<String> addressLines) {
        Body {
            names = Map.copyOf(names);
            addressLines = List.copyOf(addressLines);
        }

        String name(Language language) {
            return names.getOrDefault(language.folder(), names.getOrDefault("en", ""));
        }
    }

    private final Map<String, Body> bodies;

    private DisputeBodies(Map<String, Body> bodies) {
        this.bodies = Map.copyOf(bodies);
    }

    static DisputeBodies standard() {
        try (InputStream in = DisputeBodies.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The file " + RESOURCE + " is missing from the application");
            }
            return read(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("The file " + RESOURCE + " cannot be read", e);
        }
    }

    private static DisputeBodies read(JsonNode root) {
        Map<String, Body> bodies = new HashMap<>();
        for (JsonNode entry : root.path("recipients")) {
            String key = entry.has("recipient") ? entry.get("recipient").asText()
                    : "KEURMERK." + entry.path("keurmerk").asText();
            Map<String, String> names = new HashMap<>();
            entry.path("name").fields().forEachRemaining(name -> names.put(name.getKey(), name.getValue().asText()));
            List<String> lines = new ArrayList<>();
            entry.path("addressLines").forEach(line -> lines.add(line.asText()));
            if (names.isEmpty() || !entry.path("url").asText().startsWith("https://")
                    || entry.path("lastChecked").asText().isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": " + key + " needs a name, a source url and lastChecked");
            }
            bodies.put(key, new Body(names, lines));
        }
        return new DisputeBodies(bodies);
    }

    /** The addressee of a letter to a dispute body, or to the keurmerk the seller carries; empty when unknown. */
    Optional<Body> of(Recipient recipient, Keurmerk keurmerk) {
        String key = recipient == Recipient.KEURMERK ? "KEURMERK." + keurmerk.name() : recipient.name();
        return Optional.ofNullable(bodies.get(key));
    }
}
