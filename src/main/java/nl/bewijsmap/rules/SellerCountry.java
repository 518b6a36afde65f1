package nl.bewijsmap.rules;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import nl.bewijsmap.domain.Country;

/**
 * Reads the free-text country of a seller's address ("Duitsland", "Germany", "DE") to tell whether the seller is at
 * home, elsewhere in the area of the European Consumer Centres (the EU, Iceland and Norway), or further away. A blank
 * country counts as home: most sellers are, and an unknown seller must not be sent to the ECC.
 */
final class SellerCountry {

    /** Where the seller is, seen from the consumer. */
    enum Where {
        HOME,
        ECC_AREA,
        ELSEWHERE
    }

    private static final Set<String> NETHERLANDS = Set.of("nl", "nld", "nederland", "netherlands",
            "the netherlands", "holland", "pays bas", "niederlande");
    private static final Set<String> BELGIUM = Set.of("be", "bel", "belgie", "belgium", "belgique", "belgien");
    private static final Set<String> ECC_AREA = Set.of(
            "at", "oostenrijk", "austria", "osterreich",
            "bg", "bulgarije", "bulgaria",
            "hr", "kroatie", "croatia", "hrvatska",
            "cy", "cyprus",
            "cz", "tsjechie", "czech republic", "czechia", "cesko",
            "dk", "denemarken", "denmark", "danmark",
            "ee", "estland", "estonia", "eesti",
            "fi", "finland", "suomi",
            "fr", "frankrijk", "france",
            "de", "duitsland", "germany", "deutschland",
            "gr", "el", "griekenland", "greece",
            "hu", "hongarije", "hungary", "magyarorszag",
            "ie", "ierland", "ireland",
            "it", "italie", "italy", "italia",
            "lv", "letland", "latvia", "latvija",
            "lt", "litouwen", "lithuania", "lietuva",
            "lu", "luxemburg", "luxembourg",
            "mt", "malta",
            "pl", "polen", "poland", "polska",
            "pt", "portugal",
            "ro", "roemenie", "romania",
            "sk", "slowakije", "slovakia", "slovensko",
            "si", "slovenie", "slovenia", "slovenija",
            "es", "spanje", "spain", "espana",
            "se", "zweden", "sweden", "sverige",
            "is", "ijsland", "iceland", "island",
            "no", "noorwegen", "norway", "norge");

    private SellerCountry() {
    }

    static Where of(String sellerCountry, Country consumer) {
        String name = normalise(sellerCountry);
        if (name.isEmpty() || (consumer == Country.NL ? NETHERLANDS : BELGIUM).contains(name)) {
            return Where.HOME;
        }
        if (ECC_AREA.contains(name) || NETHERLANDS.contains(name) || BELGIUM.contains(name)) {
            return Where.ECC_AREA;
        }
        return Where.ELSEWHERE;
    }

    private static String normalise(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
    }
}
