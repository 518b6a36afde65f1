package nl.bewijsmap.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.bewijsmap.domain.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TermTest {

    @ParameterizedTest(name = "{0} after {1} ends on {2}")
    @CsvSource(textBlock = """
            # the day of the fact does not count: 14 days after 5 March is 19 March
            P14D, 2026-03-05, 2026-03-19
            # 30 days from 31 January cross a 28-day February: 2 March; in 2024 (29 days) 1 March
            P30D, 2026-01-31, 2026-03-02
            P30D, 2024-01-31, 2024-03-01
            # 4 weeks: the same weekday 28 days later
            P4W, 2026-03-02, 2026-03-30
            # a month that lacks the day ends on its last day
            P1M, 2026-01-31, 2026-02-28
            P1M, 2024-01-31, 2024-02-29
            P2M, 2025-12-31, 2026-02-28
            P2M, 2023-12-31, 2024-02-29
            P6M, 2022-08-31, 2023-02-28
            # a year from 29 February ends on 28 February
            P1Y, 2024-02-29, 2025-02-28
            P2Y, 2024-02-29, 2026-02-28
            P12M, 2024-02-29, 2025-02-28
            P2Y, 2026-01-12, 2028-01-12
            """)
    void aPeriodEndsOnTheSameDateOrTheMonthsLastDay(String iso, LocalDate from, LocalDate end) {
        assertThat(Term.parse(iso).endFrom(from)).isEqualTo(end);
    }

    @Test
    void keepsTheUnitTheLawUses() {
        assertThat(Term.parse("P4W")).isEqualTo(new Term(4, ChronoUnit.WEEKS));
        assertThat(Term.parse("P4W").iso()).isEqualTo("P4W");
        assertThat(Term.parse("p12m").iso()).isEqualTo("P12M");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "14 days", "P", "P0D", "P1Y2M", "PT14H", "-P14D"})
    void refusesWhatIsNotOnePeriod(String iso) {
        assertThatThrownBy(() -> Term.parse(iso)).isInstanceOf(IllegalArgumentException.class);
    }
}
