package nl.bewijsmap.domain.validation;

import java.util.Locale;
import java.util.Optional;

/**
 * Checks a Belgian enterprise number (ondernemingsnummer, KBO/BCE): 10 digits starting with 0 or 1, the
 * last two a mod-97 check of the first eight. Accepts "0123.456.749", "BE 0123 456 749" and the old
 * 9-digit form "123456749", to which a leading 0 is implied.
 */
public final class EnterpriseNumbers {

    private EnterpriseNumbers() {
    }

    /** Empty input is valid: the field is optional. */
    public static Validation check(String value) {
        if (Inputs.isBlank(value)) {
            return Validation.ok();
        }
        String digits = digitsOf(value);
        if (!Inputs.isDigits(digits)) {
            return Validation.problem("validation.enterprise.characters");
        }
        if (digits.length() == 9) {
            digits = "0" + digits;
        }
        if (digits.length() != 10) {
            return Validation.problem("validation.enterprise.digits", digits.length());
        }
        if (digits.charAt(0) != '0' && digits.charAt(0) != '1') {
            return Validation.problem("validation.enterprise.firstDigit");
        }
        if (!checksumMatches(digits)) {
            return Validation.problem("validation.enterprise.checksum");
        }
        return Validation.ok();
    }

    /** The number as "0123.456.749", or empty when it is blank or not a valid enterprise number. */
    public static Optional<String> normalise(String value) {
        if (Inputs.isBlank(value) || !check(value).valid()) {
            return Optional.empty();
        }
        String digits = digitsOf(value);
        String ten = digits.length() == 9 ? "0" + digits : digits;
        return Optional.of(ten.substring(0, 4) + "." + ten.substring(4, 7) + "." + ten.substring(7));
    }

    private static boolean checksumMatches(String tenDigits) {
        long firstEight = Long.parseLong(tenDigits.substring(0, 8));
        int check = Integer.parseInt(tenDigits.substring(8));
        return 97 - (int) (firstEight % 97) == check;
    }

    /** Drops the "BE" prefix (as in a VAT number) and the usual separators. */
    private static String digitsOf(String value) {
        String compact = Inputs.withoutSpaces(value).toUpperCase(Locale.ROOT);
        if (compact.startsWith("BE")) {
            compact = compact.substring(2);
        }
        return compact.replace(".", "").replace("-", "");
    }
}
