package nl.bewijsmap.ui.common;

import java.util.Map;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.validation.PostalCodes;
import nl.bewijsmap.domain.validation.Validation;

/** Puts the domain's validation results into the user's words. */
public final class Validations {

    private Validations() {
    }

    /** Records the problem's text under the given field, if there is a problem. */
    public static <F> void put(Map<F, String> problems, F field, Validation validation, I18n i18n) {
        if (!validation.valid()) {
            problems.putIfAbsent(field, i18n.text(validation.messageKey(), validation.args()));
        }
    }

    /**
     * A postal code checked by its address's country; when the country is left empty, a Dutch or a
     * Belgian code is accepted, since both kinds of address are usual.
     */
    public static Validation postalCode(String countryText, String postalCode) {
        if (!countryText.isBlank()) {
            return PostalCodes.check(countryText, postalCode);
        }
        Validation dutch = PostalCodes.check(Country.NL, postalCode);
        return dutch.valid() || PostalCodes.check(Country.BE, postalCode).valid() ? Validation.ok() : dutch;
    }
}
