package nl.bewijsmap.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import nl.bewijsmap.domain.Country;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostalCodesTest {

    @ParameterizedTest(name = "\"{0}\" is a Dutch postal code")
    @CsvSource(textBlock = """
            '1234 AB'
            1234AB
            1234ab
            ' 9999 ZZ '
            '1012  JS'
            ''
            """)
    void dutchCodesWithFourDigitsAndTwoLettersAreValid(String value) {
        assertThat(PostalCodes.check(Country.NL, value)).isEqualTo(Validation.ok());
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(textBlock = """
            '123 AB',     validation.postalCode.nl.format
            '1234 A',     validation.postalCode.nl.format
            12345,        validation.postalCode.nl.format
            'AB 1234',    validation.postalCode.nl.format
            '1234 ABC',   validation.postalCode.nl.format
            '0123 AB',    validation.postalCode.nl.firstDigit
            """)
    void aDutchCodeInTheWrongShapeIsRefused(String value, String key) {
        assertThat(PostalCodes.check(Country.NL, value)).isEqualTo(Validation.problem(key));
    }

    @ParameterizedTest(name = "letters {0} are never used")
    @CsvSource(textBlock = """
            SA
            SD
            SS
            """)
    void theLetterPairsPostNlNeverUsesAreRefusedAndNamed(String letters) {
        assertThat(PostalCodes.check(Country.NL, "1234 " + letters.toLowerCase()))
                .isEqualTo(Validation.problem("validation.postalCode.nl.letters", letters));
    }

    @ParameterizedTest(name = "\"{0}\" valid in Belgium: {1}")
    @CsvSource(textBlock = """
            1000,       true
            9999,       true
            ' 2000 ',   true
            '',         true
            0999,       false
            999,        false
            10000,      false
            '1000 AB',  false
            B-1000,     false
            """)
    void belgianCodesAreFourDigitsFrom1000(String value, boolean valid) {
        Validation result = PostalCodes.check(Country.BE, value);

        assertThat(result.valid()).isEqualTo(valid);
        if (!valid) {
            assertThat(result.messageKey()).isEqualTo("validation.postalCode.be.format");
        }
    }

    @Test
    void withoutAKnownCountryAnyCodeIsAccepted() {
        assertThat(PostalCodes.check((Country) null, "SW1A 1AA").valid()).isTrue();
        assertThat(PostalCodes.check("Duitsland", "10115").valid()).isTrue();
        assertThat(PostalCodes.check("", "whatever").valid()).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" means {1}")
    @CsvSource(textBlock = """
            NL,              NL
            nederland,       NL
            'The Netherlands', NL
            Holland,         NL
            BE,              BE
            België,          BE
            belgie,          BE
            Belgique,        BE
            """)
    void aTypedCountryNameOrCodeIsRecognised(String text, Country country) {
        assertThat(PostalCodes.countryOf(text)).contains(country);
    }

    @Test
    void aCountryTypedAsTextSelectsItsRules() {
        assertThat(PostalCodes.check("Nederland", "0123 AB").messageKey())
                .isEqualTo("validation.postalCode.nl.firstDigit");
        assertThat(PostalCodes.check("België", "0999").messageKey()).isEqualTo("validation.postalCode.be.format");
    }
}
