package nl.bewijsmap.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PricesTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1.299,00         | 1299.00
            1299,00          | 1299.00
            1299.00          | 1299.00
            1,299.00         | 1299.00
            € 49,95          | 49.95
            €49,95           | 49.95
            49               | 49.00
            49,9             | 49.90
            49.9             | 49.90
            0,50             | 0.50
            0                | 0.00
            49,-             | 49.00
            € 1.299,-        | 1299.00
            1.299            | 1299.00
            1,299            | 1299.00
            12.500           | 12500.00
            1.299.000        | 1299000.00
            1.299.000,50     | 1299000.50
            12,345,678.90    | 12345678.90
            1 299,00 €       | 1299.00
            1 299,00 EUR     | 1299.00
            eur 12,50        | 12.50
            EURO 5           | 5.00
            00049,50         | 49.50
            """)
    void amountsTypedTheDutchBelgianOrEnglishWayAreRead(String text, BigDecimal expected) {
        assertThat(Prices.parse(text)).contains(expected);
        assertThat(Prices.check(text)).isEqualTo(Validation.ok());
    }

    @Test
    void aNonBreakingSpaceAsThousandsSeparatorIsIgnored() {
        assertThat(Prices.parse("1\u00a0299,00\u202f€")).contains(new BigDecimal("1299.00"));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            -5             | validation.price.negative
            € -5,00        | validation.price.negative
            -€ 5           | validation.price.negative
            −12,50         | validation.price.negative
            0,500          | validation.price.decimals
            1299.000       | validation.price.decimals
            1.299,999      | validation.price.decimals
            abc            | validation.price.format
            12a            | validation.price.format
            €              | validation.price.format
            1e5            | validation.price.format
            1.2.3          | validation.price.format
            1,2.3          | validation.price.format
            12..50         | validation.price.format
            ,50            | validation.price.format
            49,            | validation.price.format
            1.29,00        | validation.price.format
            1,299,00       | validation.price.format
            1.299,000.00   | validation.price.format
            +5             | validation.price.format
            """)
    void negativeAmountsAndTextThatIsNoAmountAreRefusedWithAReason(String text, String key) {
        assertThat(Prices.check(text)).isEqualTo(Validation.problem(key));
        assertThat(Prices.parse(text)).isEmpty();
    }

    @Test
    void anEmptyPriceIsAllowedAndHasNoAmount() {
        assertThat(Prices.check("  ")).isEqualTo(Validation.ok());
        assertThat(Prices.parse("  ")).isEmpty();
        assertThat(Prices.parse(null)).isEmpty();
    }
}
