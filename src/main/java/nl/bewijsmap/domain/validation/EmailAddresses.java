package nl.bewijsmap.domain.validation;

/**
 * A pragmatic check of an email address: one @, something before it, a domain with a dot after it and no
 * spaces. Catches typing slips; it does not try to follow every rule of RFC 5322.
 */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    /** Empty input is valid: the field is optional. Leading and trailing spaces are ignored. */
    public static Validation check(String value) {
        if (Inputs.isBlank(value)) {
            return Validation.ok();
        }
        String email = value.strip();
        if (!Inputs.withoutSpaces(email).equals(email)) {
            return Validation.problem("validation.email.spaces");
        }
        int at = email.indexOf('@');
        if (at < 0 || at != email.lastIndexOf('@')) {
            return Validation.problem("validation.email.at");
        }
        if (at == 0) {
            return Validation.problem("validation.email.local");
        }
        if (!isDomain(email.substring(at + 1))) {
            return Validation.problem("validation.email.domain");
        }
        return Validation.ok();
    }

    /** At least two non-empty labels: "example.com" but not "example", ".com", "example." or "a..b". */
    private static boolean isDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
