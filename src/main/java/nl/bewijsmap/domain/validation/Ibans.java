package nl.bewijsmap.domain.validation;

import java.util.Locale;
import java.util.Map;

/**
 * Checks an IBAN: known country, the right length for that country and matching check digits (ISO 13616
 * mod 97). The bank-specific part is not checked, so a valid IBAN may still belong to no account.
 */
public final class Ibans {

    /** IBAN lengths from the SWIFT IBAN Registry, for the SEPA countries; other country codes are refused. */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22),
            Map.entry("CH", 21), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22),
            Map.entry("DK", 18), Map.entry("EE", 20), Map.entry("ES", 24), Map.entry("FI", 18),
            Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GI", 23), Map.entry("GR", 27),
            Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IS", 26),
            Map.entry("IT", 27), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20),
            Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MT", 31), Map.entry("NL", 18),
            Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25), Map.entry("RO", 24),
            Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27),
            Map.entry("VA", 22));

    private Ibans() {
    }

    /** Empty input is valid: the field is optional. */
    public static Validation check(String value) {
        if (Inputs.isBlank(value)) {
            return Validation.ok();
        }
        String iban = compact(value);
        if (!iban.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
            return Validation.problem("validation.iban.characters");
        }
        if (iban.length() < 4 || !Character.isLetter(iban.charAt(0)) || !Character.isLetter(iban.charAt(1))
                || !Character.isDigit(iban.charAt(2)) || !Character.isDigit(iban.charAt(3))) {
            return Validation.problem("validation.iban.format");
        }
        String country = iban.substring(0, 2);
        Integer expected = LENGTHS.get(country);
        if (expected == null) {
            return Validation.problem("validation.iban.country", country);
        }
        if (iban.length() < expected) {
            return Validation.problem("validation.iban.tooShort", country, expected, iban.length());
        }
        if (iban.length() > expected) {
            return Validation.problem("validation.iban.tooLong", country, expected, iban.length());
        }
        if (mod97(iban) != 1) {
            return Validation.problem("validation.iban.checksum");
        }
        return Validation.ok();
    }

    /** The IBAN without spaces, in capitals: the form to store. */
    public static String compact(String value) {
        return value == null ? "" : Inputs.withoutSpaces(value).toUpperCase(Locale.ROOT);
    }

    /** The IBAN in groups of four, as printed on a bank card: "NL91 ABNA 0417 1643 00". */
    public static String formatIban(String value) {
        String iban = compact(value);
        StringBuilder grouped = new StringBuilder(iban.length() + iban.length() / 4);
        for (int i = 0; i < iban.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                grouped.append(' ');
            }
            grouped.append(iban.charAt(i));
        }
        return grouped.toString();
    }

    /** Moves the first four characters to the end, reads letters as 10..35 and takes mod 97 digit by digit. */
    private static int mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int value = Character.digit(rearranged.charAt(i), 36);
            remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
        }
        return remainder;
    }
}
