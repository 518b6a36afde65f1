package nl.bewijsmap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.PublicHoliday;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidaysTest {

    private final Holidays holidays = Holidays.standard();

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource(textBlock = """
            # Easter Sundays from published calendars, including both extremes of the Gregorian range
            2024, 2024-03-31
            2025, 2025-04-20
            2026, 2026-04-05
            2000, 2000-04-23
            2019, 2019-04-21
            2038, 2038-04-25
            1818, 1818-03-22
            2285, 2285-03-22
            """)
    void easterFollowsTheGregorianComputus(int year, LocalDate easter) {
        assertThat(Holidays.easterSunday(year)).isEqualTo(easter);
    }

    @ParameterizedTest(name = "NL {0}")
    @CsvSource(textBlock = """
            # New Year, Good Friday, Easter Monday, King's Day, 5 May, Ascension, Whit Monday, 25 and 26 Dec,
            # then the days a decree treats as holidays (Friday after Ascension or a Thursday holiday).
            # 2024: Easter 31 March. King's Day on Saturday 27 April; 5 May a Sunday; decree: 10 May, 27 Dec.
            2024, 2024-01-01 2024-03-29 2024-04-01 2024-04-27 2024-05-05 2024-05-09 2024-05-10 2024-05-20 2024-12-25 2024-12-26 2024-12-27
            # 2025: Easter 20 April. 27 April a Sunday, so King's Day is Saturday 26 April; decree: 30 May.
            2025, 2025-01-01 2025-04-18 2025-04-21 2025-04-26 2025-05-05 2025-05-29 2025-05-30 2025-06-09 2025-12-25 2025-12-26
            # 2026: Easter 5 April; decree: Friday 2 January and Friday 15 May.
            2026, 2026-01-01 2026-01-02 2026-04-03 2026-04-06 2026-04-27 2026-05-05 2026-05-14 2026-05-15 2026-05-25 2026-12-25 2026-12-26
            """)
    void dutchHolidaysAreThoseOfTheAlgemeneTermijnenwet(int year, String days) {
        assertThat(holidays.inYear(year, Country.NL).keySet()).containsExactlyElementsOf(dates(days));
    }

    @ParameterizedTest(name = "BE {0}")
    @CsvSource(textBlock = """
            # 1 Jan, Easter Monday, 1 May, Ascension, Whit Monday, 21 July, 15 Aug, 1 Nov, 11 Nov, 25 Dec
            2024, 2024-01-01 2024-04-01 2024-05-01 2024-05-09 2024-05-20 2024-07-21 2024-08-15 2024-11-01 2024-11-11 2024-12-25
            2025, 2025-01-01 2025-04-21 2025-05-01 2025-05-29 2025-06-09 2025-07-21 2025-08-15 2025-11-01 2025-11-11 2025-12-25
            2026, 2026-01-01 2026-04-06 2026-05-01 2026-05-14 2026-05-25 2026-07-21 2026-08-15 2026-11-01 2026-11-11 2026-12-25
            """)
    void belgianHolidaysAreTheTenLegalOnes(int year, String days) {
        assertThat(holidays.inYear(year, Country.BE).keySet()).containsExactlyElementsOf(dates(days));
    }

    @ParameterizedTest(name = "King''s Day {0} is {1}")
    @CsvSource(textBlock = """
            # 27 April, or Saturday 26 April when the 27th is a Sunday (2014, 2025)
            2014, 2014-04-26
            2025, 2025-04-26
            2026, 2026-04-27
            2031, 2031-04-26
            # Queen's Day before 2014: 30 April, or the 29th when the 30th was a Sunday
            2013, 2013-04-30
            2006, 2006-04-29
            """)
    void kingsDayNeverFallsOnASunday(int year, LocalDate day) {
        assertThat(holidays.on(day, Country.NL)).contains(PublicHoliday.KINGS_DAY);
        assertThat(holidays.inYear(year, Country.NL)).containsValue(PublicHoliday.KINGS_DAY);
    }

    @Test
    void liberationDayCountsEveryYearNotOnlyEveryFifth() {
        // Atw art. 3(1) names "de vijfde mei" without a lustrum rule.
        for (int year = 2021; year <= 2030; year++) {
            assertThat(holidays.on(LocalDate.of(year, 5, 5), Country.NL)).as("%s", year)
                    .contains(PublicHoliday.LIBERATION_DAY);
        }
    }

    @Test
    void theHolidaysHaveTheirNames() {
        Map<LocalDate, PublicHoliday> nl = holidays.inYear(2026, Country.NL);
        assertThat(nl.get(LocalDate.of(2026, 4, 3))).isEqualTo(PublicHoliday.GOOD_FRIDAY);
        assertThat(nl.get(LocalDate.of(2026, 5, 15))).isEqualTo(PublicHoliday.EQUIVALENT_DAY);
        assertThat(nl.get(LocalDate.of(2026, 12, 26))).isEqualTo(PublicHoliday.SECOND_CHRISTMAS_DAY);
        Map<LocalDate, PublicHoliday> be = holidays.inYear(2026, Country.BE);
        assertThat(be.get(LocalDate.of(2026, 7, 21))).isEqualTo(PublicHoliday.BELGIAN_NATIONAL_DAY);
        assertThat(be.get(LocalDate.of(2026, 11, 11))).isEqualTo(PublicHoliday.ARMISTICE_DAY);
        assertThat(be).doesNotContainKey(LocalDate.of(2026, 12, 26)).doesNotContainKey(LocalDate.of(2026, 4, 3));
    }

    private static List<LocalDate> dates(String days) {
        return Arrays.stream(days.trim().split("\\s+")).map(LocalDate::parse).toList();
    }
}
