package nl.bewijsmap.domain.validation;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.bewijsmap.domain.Country;

/** Checks a postal code by the rules of its country: NL "1234 AB", BE four digits from 1000. */
public final class PostalCodes {

    private static final Pattern DUTCH = Pattern.compile("([0-9]{4})([A-Z]{2})");
    private static final Pattern BELGIAN = Pattern.compile("[0-9]{4}");
    /** PostNL never hands out these letter pairs (for their associations with the Second World War). */
    private static final Set<String> UNUSED_DUTCH_LETTERS = Set.of("SA", "SD", "SS");

    private static final Set<String> DUTCH_NAMES = Set.of("NL", "NLD", "NEDERLAND", "NETHERLANDS",
            "THE NETHERLANDS", "HOLLAND", "PAYS-BAS", "NIEDERLANDE");
    private static final Set<String> BELGIAN_NAMES = Set.of("BE", "BEL", "BELGIE", "BELGIË", "BELGIUM",
            "BELGIQUE", "BELGIEN");

    private PostalCodes() {
    }

    /** Empty input is valid: the field is optional. Without a country there is no rule, so valid too. */
    public static Validation check(Country country, String value) {
        if (country == null || Inputs.isBlank(value)) {
            return Validation.ok();
        }
        String code = Inputs.withoutSpaces(value).toUpperCase(Locale.ROOT);
        return switch (country) {
            case NL -> checkDutch(code);
            case BE -> checkBelgian(code);
        };
    }

    /**
     * For an address whose country is free text: recognises NL and BE by code or by name (Dutch,
     * English, French or German) and accepts anything for another country.
     */
    public static Validation check(String countryText, String value) {
        return check(countryOf(countryText).orElse(null), value);
    }

    /** The country a typed country name or code stands for, when it is the Netherlands or Belgium. */
    public static Optional<Country> countryOf(String countryText) {
        if (Inputs.isBlank(countryText)) {
            return Optional.empty();
        }
        String name = countryText.strip().toUpperCase(Locale.ROOT).replace('.', ' ').strip();
        if (DUTCH_NAMES.contains(name)) {
            return Optional.of(Country.NL);
        }
        if (BELGIAN_NAMES.contains(name)) {
            return Optional.of(Country.BE);
        }
        return Optional.empty();
    }

    private static Validation checkDutch(String code) {
        Matcher matcher = DUTCH.matcher(code);
        if (!matcher.matches()) {
            return Validation.problem("validation.postalCode.nl.format");
        }
        if (matcher.group(1).charAt(0) == '0') {
            return Validation.problem("validation.postalCode.nl.firstDigit");
        }
        if (UNUSED_DUTCH_LETTERS.contains(matcher.group(2))) {
            return Validation.problem("validation.postalCode.nl.letters", matcher.group(2));
        }
        return Validation.ok();
    }

    private static Validation checkBelgian(String code) {
        if (!BELGIAN.matcher(code).matches() || code.charAt(0) == '0') {
            return Validation.problem("validation.postalCode.be.format");
        }
        return Validation.ok();
    }
}
