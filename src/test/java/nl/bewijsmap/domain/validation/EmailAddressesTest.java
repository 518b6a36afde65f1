package nl.bewijsmap.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailAddressesTest {

    @ParameterizedTest(name = "\"{0}\" is accepted")
    @CsvSource(textBlock = """
            klantenservice@winkel.nl
            a.b+klacht@mail.example.co.uk
            ' anna@example.be '
            x@y.z
            ''
            """)
    void ordinaryAddressesAreAccepted(String value) {
        assertThat(EmailAddresses.check(value)).isEqualTo(Validation.ok());
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(textBlock = """
            'anna @example.nl',   validation.email.spaces
            'anna@exam ple.nl',   validation.email.spaces
            annaexample.nl,       validation.email.at
            anna@@example.nl,     validation.email.at
            a@b@example.nl,       validation.email.at
            @example.nl,          validation.email.local
            anna@example,         validation.email.domain
            anna@.nl,             validation.email.domain
            anna@example.,        validation.email.domain
            anna@example..nl,     validation.email.domain
            anna@,                validation.email.domain
            """)
    void aTypingSlipIsNamed(String value, String key) {
        assertThat(EmailAddresses.check(value)).isEqualTo(Validation.problem(key));
    }
}
