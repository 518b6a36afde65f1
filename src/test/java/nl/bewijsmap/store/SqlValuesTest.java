package nl.bewijsmap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import nl.bewijsmap.domain.Phase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlValuesTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            2024-01-05T09:00:00,      2024-01-05T09:00
            2024-02-29T23:59:59,      2024-02-29T23:59:59
            0999-12-31T00:00:01,      0999-12-31T00:00:01
            2024-01-05T09:00,         2024-01-05T09:00
            2024-01-05T09:00:00.250,  2024-01-05T09:00:00.250
            """)
    void storedLocalTimesAreReadWhateverTheirShape(String stored, String expected) {
        assertThat(SqlValues.local(stored)).isEqualTo(LocalDateTime.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2023-02-29T09:00:00
            2024-13-05T09:00:00
            2024-01-05T24:00:00
            2024-01-0xT09:00:00
            yesterday
            """)
    void aStoredLocalTimeThatIsNoTimeIsAPlainStoreError(String stored) {
        assertThatThrownBy(() -> SqlValues.local(stored)).isInstanceOf(StoreException.class)
                .hasMessageContaining(stored);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            +01:00,    +01:00
            +02:00,    +02:00
            Z,         +00:00
            -03:30,    -03:30
            +05:45,    +05:45
            """)
    void anOffsetIsWrittenWithItsSignAndReadBackUnchanged(String offset, String stored) {
        assertThat(SqlValues.offset(ZoneOffset.of(offset))).isEqualTo(stored);
        assertThat(SqlValues.offset(stored)).isEqualTo(ZoneOffset.of(offset));
    }

    @Test
    void anUnknownOffsetStaysUnknown() {
        assertThat(SqlValues.offset((ZoneOffset) null)).isNull();
        assertThat(SqlValues.offset((String) null)).isNull();
    }

    @Test
    void aLocalTimeIsAlwaysWrittenWithSecondsSoItSortsAsText() {
        assertThat(SqlValues.local(LocalDateTime.of(2024, 1, 5, 9, 0))).isEqualTo("2024-01-05T09:00:00");
        assertThat(SqlValues.local("2024-01-05T09:00:00")).isEqualTo(LocalDateTime.of(2024, 1, 5, 9, 0));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,        0
            0.01,     1
            19.99,    1999
            1234.5,   123450
            19.995,   2000
            19.994,   1999
            1000000,  100000000
            """)
    void aPriceIsStoredAsWholeCentsRoundedHalfUp(String price, long cents) {
        assertThat(SqlValues.cents(new BigDecimal(price))).isEqualTo(cents);
    }

    @Test
    void aPriceIsReadBackWithTwoDecimals() {
        assertThat(SqlValues.price(123450L)).isEqualTo(new BigDecimal("1234.50"));
        assertThat(SqlValues.price(null)).isNull();
    }

    @Test
    void aValueThisVersionCannotReadFailsInPlainWords() {
        assertThatThrownBy(() -> SqlValues.enumValue(Phase.class, "TIME_TRAVEL"))
                .isInstanceOf(StoreException.class)
                .hasMessage("The data file holds a value this version of Bewijsmap cannot read: TIME_TRAVEL");
        assertThatThrownBy(() -> SqlValues.date("31-12-2024")).isInstanceOf(StoreException.class);
    }
}
