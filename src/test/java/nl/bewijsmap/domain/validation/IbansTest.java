package nl.bewijsmap.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IbansTest {

    @ParameterizedTest(name = "{0} is valid")
    @CsvSource(textBlock = """
            NL91ABNA0417164300
            'NL91 ABNA 0417 1643 00'
            'nl91 abna 0417 1643 00'
            BE68539007547034
            'BE68 5390 0754 7034'
            DE89370400440532013000
            GB82WEST12345698765432
            FR1420041010050500013M02606
            LU280019400644750000
            AT611904300234573201
            ES9121000418450200051332
            IT60X0542811101000000123456
            ''
            """)
    void ibansWithTheRightLengthAndCheckDigitsAreValid(String value) {
        assertThat(Ibans.check(value)).isEqualTo(Validation.ok());
    }

    @ParameterizedTest(name = "{0} has a typo")
    @CsvSource(textBlock = """
            NL91ABNA0417164301
            NL91ABNA0417163400
            NL19ABNA0417164300
            BE68539007547043
            DE89370400440532013001
            """)
    void aChangedOrSwappedDigitIsCaughtByTheCheckDigits(String value) {
        assertThat(Ibans.check(value)).isEqualTo(Validation.problem("validation.iban.checksum"));
    }

    @ParameterizedTest(name = "{0} is too short for {1}")
    @CsvSource(textBlock = """
            NL91ABNA041716430,       NL, 18, 17
            'BE68 5390 0754 703',    BE, 16, 15
            DE8937040044053201300,   DE, 22, 21
            """)
    void aMissingCharacterIsReportedAsTooShortForThatCountry(String value, String country, int expected, int typed) {
        assertThat(Ibans.check(value)).isEqualTo(Validation.problem("validation.iban.tooShort", country, expected, typed));
    }

    @Test
    void anExtraCharacterIsReportedAsTooLongForThatCountry() {
        assertThat(Ibans.check("BE685390075470341"))
                .isEqualTo(Validation.problem("validation.iban.tooLong", "BE", 16, 17));
    }

    @ParameterizedTest(name = "{0} has unknown country {1}")
    @CsvSource(textBlock = """
            XX91ABNA0417164300,  XX
            US12345678901234,    US
            """)
    void anUnknownCountryCodeIsNamedInTheMessage(String value, String country) {
        assertThat(Ibans.check(value)).isEqualTo(Validation.problem("validation.iban.country", country));
    }

    @ParameterizedTest(name = "\"{0}\" does not start like an IBAN")
    @CsvSource(textBlock = """
            0417164300
            NLAB0417164300
            N
            NL9
            """)
    void anIbanMustStartWithTwoLettersAndTwoDigits(String value) {
        assertThat(Ibans.check(value).messageKey()).isEqualTo("validation.iban.format");
    }

    @ParameterizedTest(name = "\"{0}\" has other characters")
    @CsvSource(textBlock = """
            NL91-ABNA-0417-1643-00
            NL91.ABNA.0417.1643.00
            NL91ABNA041716430Ö
            """)
    void onlyLettersDigitsAndSpacesAreAllowed(String value) {
        assertThat(Ibans.check(value).messageKey()).isEqualTo("validation.iban.characters");
    }

    @ParameterizedTest(name = "\"{0}\" is shown as \"{1}\"")
    @CsvSource(textBlock = """
            nl91abna0417164300,         NL91 ABNA 0417 1643 00
            BE68539007547034,           BE68 5390 0754 7034
            'DE89 3704 0044 0532 0130 00', DE89 3704 0044 0532 0130 00
            NL91,                       NL91
            '',                         ''
            """)
    void formatIbanGroupsByFourInCapitals(String value, String expected) {
        assertThat(Ibans.formatIban(value)).isEqualTo(expected);
    }

    @Test
    void compactRemovesSpacesAndCapitalises() {
        assertThat(Ibans.compact(" nl91 abna 0417 1643 00 ")).isEqualTo("NL91ABNA0417164300");
    }
}
