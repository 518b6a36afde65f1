package nl.bewijsmap.domain.validation;

/** Checks a Dutch Chamber of Commerce (KvK) number: 8 digits, spaces and dots allowed between them. */
public final class KvkNumbers {

    public static final int DIGITS = 8;

    private KvkNumbers() {
    }

    /** Empty input is valid: the field is optional. */
    public static Validation check(String value) {
        if (Inputs.isBlank(value)) {
            return Validation.ok();
        }
        String digits = Inputs.withoutSpaces(value).replace(".", "");
        if (!Inputs.isDigits(digits)) {
            return Validation.problem("validation.kvk.characters");
        }
        if (digits.length() != DIGITS) {
            return Validation.problem("validation.kvk.digits", digits.length());
        }
        return Validation.ok();
    }
}
