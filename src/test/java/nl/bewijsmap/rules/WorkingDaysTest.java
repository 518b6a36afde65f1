package nl.bewijsmap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.bewijsmap.domain.Country;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    private final WorkingDays workingDays = WorkingDays.standard();

    @ParameterizedTest(name = "{0} in {1} ends on {2}")
    @CsvSource(textBlock = """
            # an ordinary Thursday stays
            2026-03-19, NL, 2026-03-19
            # Saturday and Sunday move to Monday
            2026-03-14, NL, 2026-03-16
            2026-03-15, BE, 2026-03-16
            # Saturday 4 April 2026, Sunday, Easter Monday 6 April: Tuesday 7 April
            2026-04-04, NL, 2026-04-07
            2026-04-04, BE, 2026-04-07
            # Good Friday 3 April 2026 is a holiday in NL only
            2026-04-03, NL, 2026-04-07
            2026-04-03, BE, 2026-04-03
            # King's Day Monday 27 April 2026: NL only
            2026-04-27, NL, 2026-04-28
            2026-04-27, BE, 2026-04-27
            # King's Day 2025 on Saturday 26 April (27 April a Sunday): Monday 28 April
            2025-04-26, NL, 2025-04-28
            # 5 May: a holiday every year in NL (Tuesday 2026), a working day in BE
            2026-05-05, NL, 2026-05-06
            2026-05-05, BE, 2026-05-05
            # Ascension Thursday 14 May 2026; in NL the Friday after is treated as a holiday too: Monday 18 May
            2026-05-14, NL, 2026-05-18
            2026-05-14, BE, 2026-05-15
            # Ascension Thursday 29 May 2025, decree day Friday 30 May: Monday 2 June in NL
            2025-05-29, NL, 2025-06-02
            2025-05-29, BE, 2025-05-30
            # Christmas Thursday 25 December 2025: NL also 26 December, so Monday 29; BE only 25, so Friday 26
            2025-12-25, NL, 2025-12-29
            2025-12-25, BE, 2025-12-26
            # New Year Thursday 2026: NL decree day Friday 2 January, so Monday 5; BE Friday 2
            2026-01-01, NL, 2026-01-05
            2026-01-01, BE, 2026-01-02
            # Belgian holidays that are working days in NL
            2026-05-01, BE, 2026-05-04
            2026-05-01, NL, 2026-05-01
            2026-07-21, BE, 2026-07-22
            2026-07-21, NL, 2026-07-21
            2026-08-15, BE, 2026-08-17
            2026-11-11, BE, 2026-11-12
            2026-11-11, NL, 2026-11-11
            # Whit Monday 25 May 2026 in both
            2026-05-25, NL, 2026-05-26
            2026-05-25, BE, 2026-05-26
            """)
    void anEndOnAWeekendOrHolidayMovesToTheNextWorkingDay(LocalDate end, Country country, LocalDate expected) {
        assertThat(workingDays.rollForward(end, country)).isEqualTo(expected);
    }
}
