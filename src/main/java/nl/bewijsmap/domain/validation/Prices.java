package nl.bewijsmap.domain.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an amount in euros typed the Dutch, Belgian or English way: "1.299,00", "1299,00", "1299.00",
 * "1,299.00", "€ 49,95", "49", "49,-", "1 299,00 EUR".
 *
 * <p>The rules for which mark is the decimal one:
 * <ul>
 *   <li>Both a dot and a comma: the last one is the decimal mark, the other groups thousands.</li>
 *   <li>One kind of mark, more than once ("1.299.000"): it groups thousands; no cents.</li>
 *   <li>One mark, once, followed by exactly 3 digits, with 1 to 3 digits before it that are not "0"
 *       ("1.299", "12,500"): it groups thousands, since prices have 2 decimals, not 3.</li>
 *   <li>One mark, once, otherwise ("49,95", "49.9", "0,500"): the decimal mark.</li>
 * </ul>
 * Thousand groups must have 3 digits; at most 2 decimals; spaces, "€", "EUR" and a closing ",-" are ignored.
 */
public final class Prices {

    private static final Pattern NUMBER = Pattern.compile("[0-9]([0-9.,]*[0-9])?");
    private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(x[0-9]{3})+");
    private static final String[] CURRENCY = {"€", "EURO", "EUR"};

    private Prices() {
    }

    /** Empty input is valid: the field is optional. */
    public static Validation check(String text) {
        return read(text).validation();
    }

    /** The amount with 2 decimals; empty when the text is blank or not an amount. */
    public static Optional<BigDecimal> parse(String text) {
        return Optional.ofNullable(read(text).amount());
    }

    private record Reading(BigDecimal amount, Validation validation) {
        static Reading problem(String key) {
            return new Reading(null, Validation.problem(key));
        }
    }

    private static Reading read(String text) {
        if (Inputs.isBlank(text)) {
            return new Reading(null, Validation.ok());
        }
        String s = withoutCurrency(Inputs.withoutSpaces(text).toUpperCase(Locale.ROOT));
        boolean negative = s.startsWith("-") || s.startsWith("\u2212");
        if (negative) {
            s = withoutCurrency(s.substring(1));
        }
        // "€ 49,-" is the usual Dutch way to write a whole amount.
        s = s.replaceFirst("[.,]-{1,2}$", "");
        if (!NUMBER.matcher(s).matches()) {
            return Reading.problem("validation.price.format");
        }
        char decimalMark = decimalMark(s);
        int split = decimalMark == 0 ? s.length() : s.lastIndexOf(decimalMark);
        String whole = s.substring(0, split);
        String cents = decimalMark == 0 ? "" : s.substring(split + 1);
        if (cents.indexOf('.') >= 0 || cents.indexOf(',') >= 0 || !isWholePart(whole, decimalMark)) {
            return Reading.problem("validation.price.format");
        }
        if (cents.length() > 2) {
            return Reading.problem("validation.price.decimals");
        }
        if (negative) {
            return Reading.problem("validation.price.negative");
        }
        String digits = whole.replace(".", "").replace(",", "") + (cents.isEmpty() ? "" : "." + cents);
        return new Reading(new BigDecimal(digits).setScale(2, RoundingMode.UNNECESSARY), Validation.ok());
    }

    /** The decimal mark by the rules in the class comment, or 0 when the amount is whole. */
    private static char decimalMark(String s) {
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) {
            return lastDot > lastComma ? '.' : ',';
        }
        int last = Math.max(lastDot, lastComma);
        if (last < 0) {
            return 0;
        }
        char mark = s.charAt(last);
        if (s.indexOf(mark) != last) {
            return 0;
        }
        String before = s.substring(0, last);
        boolean thousands = s.length() - last - 1 == 3 && before.length() <= 3 && !before.equals("0");
        return thousands ? 0 : mark;
    }

    /** Plain digits, or digits grouped in threes by the one mark that is not the decimal mark. */
    private static boolean isWholePart(String whole, char decimalMark) {
        if (Inputs.isDigits(whole)) {
            return true;
        }
        char other = decimalMark == '.' ? ',' : '.';
        String marked = decimalMark == 0 ? whole.replace('.', 'x').replace(',', 'x') : whole.replace(other, 'x');
        boolean oneKind = decimalMark != 0 || whole.indexOf('.') < 0 || whole.indexOf(',') < 0;
        return oneKind && GROUPED.matcher(marked).matches();
    }

    private static String withoutCurrency(String s) {
        String result = s;
        for (String symbol : CURRENCY) {
            if (result.startsWith(symbol)) {
                result = result.substring(symbol.length());
            }
            if (result.endsWith(symbol)) {
                result = result.substring(0, result.length() - symbol.length());
            }
        }
        return result;
    }
}
