package nl.bewijsmap.domain.validation;

import nl.bewijsmap.domain.Country;

/** Checks a company registration number by the rules of the country it was issued in. */
public final class RegistrationNumbers {

    private RegistrationNumbers() {
    }

    /** NL: a KvK number; BE: an enterprise number. Without a country there is no rule to apply, so valid. */
    public static Validation registrationNumber(Country country, String value) {
        if (country == null) {
            return Validation.ok();
        }
        return switch (country) {
            case NL -> KvkNumbers.check(value);
            case BE -> EnterpriseNumbers.check(value);
        };
    }
}
