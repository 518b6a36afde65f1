package nl.bewijsmap.ui.settings;

import java.util.EnumMap;
import java.util.Map;
import nl.bewijsmap.domain.validation.EmailAddresses;
import nl.bewijsmap.domain.validation.Ibans;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.common.Validations;
import nl.bewijsmap.ui.settings.SettingsViewModel.ProfileField;

/** Checks the consumer's profile and says, per input, what is wrong. */
final class ProfileValidation {

    private final I18n i18n;

    ProfileValidation(I18n i18n) {
        this.i18n = i18n;
    }

    Map<ProfileField, String> check(String email, String postalCode, String country, String iban) {
        Map<ProfileField, String> problems = new EnumMap<>(ProfileField.class);
        Validations.put(problems, ProfileField.EMAIL, EmailAddresses.check(email), i18n);
        Validations.put(problems, ProfileField.POSTAL_CODE, Validations.postalCode(country, postalCode), i18n);
        Validations.put(problems, ProfileField.IBAN, Ibans.check(iban), i18n);
        return problems;
    }
}
