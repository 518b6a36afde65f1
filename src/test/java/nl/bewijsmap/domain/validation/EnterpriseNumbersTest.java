package nl.bewijsmap.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnterpriseNumbersTest {

    /*
     * The check digits worked out by hand, so the test does not just repeat the code:
     *   0123.456.749   1234567 = 97 x 12727 + 48, and 97 - 48 = 49
     *   0417.497.106   4174971 = 97 x 43040 + 91, and 97 - 91 = 06   (Anheuser-Busch InBev NV, Leuven)
     *   0202.239.951   2022399 = 97 x 20849 + 46, and 97 - 46 = 51   (Proximus NV van publiek recht, as
     *                  printed on its EMTN base prospectus)
     */
    @ParameterizedTest(name = "\"{0}\" is valid")
    @CsvSource(textBlock = """
            0123.456.749
            'BE 0123 456 749'
            BE0123456749
            be0123.456.749
            123456749
            0417.497.106
            0417497106
            0202.239.951
            'BE 0202.239.951'
            ''
            """)
    void wellFormedNumbersWithMatchingCheckDigitsAreValid(String value) {
        assertThat(EnterpriseNumbers.check(value)).isEqualTo(Validation.ok());
    }

    @ParameterizedTest(name = "\"{0}\" has check digits that do not match")
    @CsvSource(textBlock = """
            0123.456.748
            0123.465.749
            0417.497.107
            0202.239.915
            """)
    void aTypoIsCaughtByTheCheckDigits(String value) {
        assertThat(EnterpriseNumbers.check(value).messageKey()).isEqualTo("validation.enterprise.checksum");
    }

    @ParameterizedTest(name = "\"{0}\" has {1} digits")
    @CsvSource(textBlock = """
            0123.456,        7
            01234567490,     11
            'BE 12345678',   8
            """)
    void theWrongNumberOfDigitsIsReportedWithHowManyWereTyped(String value, int typed) {
        assertThat(EnterpriseNumbers.check(value))
                .isEqualTo(Validation.problem("validation.enterprise.digits", typed));
    }

    @Test
    void aNumberStartingWithAnotherDigitThanZeroOrOneIsRefused() {
        assertThat(EnterpriseNumbers.check("2123.456.749").messageKey()).isEqualTo("validation.enterprise.firstDigit");
    }

    @Test
    void lettersOtherThanTheBePrefixAreRefused() {
        assertThat(EnterpriseNumbers.check("0123.456.74a").messageKey()).isEqualTo("validation.enterprise.characters");
        assertThat(EnterpriseNumbers.check("NL0123456749").messageKey()).isEqualTo("validation.enterprise.characters");
    }

    @ParameterizedTest(name = "\"{0}\" becomes {1}")
    @CsvSource(textBlock = """
            'BE 0123 456 749',  0123.456.749
            123456749,          0123.456.749
            0417497106,         0417.497.106
            '0202 239 951',     0202.239.951
            """)
    void normaliseWritesTheNumberInTheOfficialDottedForm(String value, String expected) {
        assertThat(EnterpriseNumbers.normalise(value)).contains(expected);
    }

    @Test
    void normaliseGivesNothingForAnInvalidOrEmptyNumber() {
        assertThat(EnterpriseNumbers.normalise("0123.456.748")).isEmpty();
        assertThat(EnterpriseNumbers.normalise("")).isEmpty();
        assertThat(EnterpriseNumbers.normalise(null)).isEmpty();
    }
}
