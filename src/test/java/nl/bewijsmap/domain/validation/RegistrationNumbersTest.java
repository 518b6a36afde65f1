package nl.bewijsmap.domain.validation;

import static nl.bewijsmap.domain.validation.RegistrationNumbers.registrationNumber;
import static org.assertj.core.api.Assertions.assertThat;

import nl.bewijsmap.domain.Country;
import org.junit.jupiter.api.Test;

class RegistrationNumbersTest {

    @Test
    void aDutchSellerNeedsAKvkNumber() {
        assertThat(registrationNumber(Country.NL, "12345678").valid()).isTrue();
        assertThat(registrationNumber(Country.NL, "0123.456.749").messageKey()).isEqualTo("validation.kvk.digits");
    }

    @Test
    void aBelgianSellerNeedsAnEnterpriseNumber() {
        assertThat(registrationNumber(Country.BE, "0123.456.749").valid()).isTrue();
        assertThat(registrationNumber(Country.BE, "12345678").messageKey()).isEqualTo("validation.enterprise.digits");
    }

    @Test
    void anEmptyNumberIsFineInEitherCountryAndAnyNumberWithoutACountry() {
        assertThat(registrationNumber(Country.NL, "").valid()).isTrue();
        assertThat(registrationNumber(Country.BE, "").valid()).isTrue();
        assertThat(registrationNumber(null, "HRB 12345").valid()).isTrue();
    }
}
