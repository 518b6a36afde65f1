package nl.bewijsmap.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KvkNumbersTest {

    @ParameterizedTest(name = "\"{0}\" is a valid KvK number")
    @CsvSource(textBlock = """
            12345678
            '1234 5678'
            '12.34.56.78'
            ' 12345678 '
            ''
            '   '
            """)
    void eightDigitsWithOrWithoutSpacesAndDotsAreValidAndEmptyIsAllowed(String value) {
        assertThat(KvkNumbers.check(value)).isEqualTo(Validation.ok());
    }

    @ParameterizedTest(name = "\"{0}\" has {1} digits")
    @CsvSource(textBlock = """
            1234567,     7
            '123 456',   6
            123456789,   9
            0,           1
            """)
    void theWrongNumberOfDigitsIsReportedWithHowManyWereTyped(String value, int typed) {
        assertThat(KvkNumbers.check(value)).isEqualTo(Validation.problem("validation.kvk.digits", typed));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @CsvSource(textBlock = """
            1234567a
            'KvK 12345678'
            1234-5678
            '١٢٣٤٥٦٧٨'
            """)
    void anythingButDigitsSpacesAndDotsIsRefused(String value) {
        assertThat(KvkNumbers.check(value).messageKey()).isEqualTo("validation.kvk.characters");
    }
}
