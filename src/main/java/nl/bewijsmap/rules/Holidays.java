package nl.bewijsmap.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.PublicHoliday;

/**
 * The public holidays that move the end of a legal period.
 *
 * <p>NL: the algemeen erkende feestdagen of the Algemene termijnenwet art. 3(1) (New Year's Day, Easter Monday,
 * Whit Monday, both Christmas days, Ascension Day, the day the King's birthday is celebrated and 5 May, which the
 * law lists every year, not only every fifth), Good Friday (art. 3(2)), and the days a decree treats as holidays
 * (art. 3(3); from the rules file). King's Day is 27 April, or 26 April when the 27th is a Sunday; before 2014 it was
 * Queen's Day on 30 April, or 29 April when the 30th was a Sunday.
 *
 * <p>BE: the ten legal holidays of the Royal Decree of 18 April 1974. The labour-law replacement days for a holiday on
 * a Sunday are not legal holidays and are left out.
 */
public final class Holidays {

    private static final Holidays STANDARD = new Holidays(RuleBook.standard());

    private final RuleBook book;
    /** Rolling a period forward asks for the same few years again and again: each is worked out once. */
    private final Map<Country, Map<Integer, Map<LocalDate, PublicHoliday>>> years = new EnumMap<>(Country.class);

    public Holidays(RuleBook book) {
        this.book = book;
        for (Country country : Country.values()) {
            years.put(country, new ConcurrentHashMap<>());
        }
    }

    /** The holidays of the rules bundled with the app. */
    public static Holidays standard() {
        return STANDARD;
    }

    /** The holidays of one year in date order (an unmodifiable map). */
    public Map<LocalDate, PublicHoliday> inYear(int year, Country country) {
        return years.get(country).computeIfAbsent(year, y -> Collections.unmodifiableMap(make(y, country)));
    }

    private Map<LocalDate, PublicHoliday> make(int year, Country country) {
        Map<LocalDate, PublicHoliday> days = new TreeMap<>();
        LocalDate easter = easterSunday(year);
        days.put(LocalDate.of(year, Month.JANUARY, 1), PublicHoliday.NEW_YEARS_DAY);
        days.putIfAbsent(easter.plusDays(1), PublicHoliday.EASTER_MONDAY);
        days.putIfAbsent(easter.plusDays(39), PublicHoliday.ASCENSION_DAY);
        days.putIfAbsent(easter.plusDays(50), PublicHoliday.WHIT_MONDAY);
        days.putIfAbsent(LocalDate.of(year, Month.DECEMBER, 25), PublicHoliday.CHRISTMAS_DAY);
        if (country == Country.NL) {
            days.putIfAbsent(easter.minusDays(2), PublicHoliday.GOOD_FRIDAY);
            days.putIfAbsent(kingsDay(year), PublicHoliday.KINGS_DAY);
            days.putIfAbsent(LocalDate.of(year, Month.MAY, 5), PublicHoliday.LIBERATION_DAY);
            days.putIfAbsent(LocalDate.of(year, Month.DECEMBER, 26), PublicHoliday.SECOND_CHRISTMAS_DAY);
            for (LocalDate day : book.equivalentDays(country)) {
                if (day.getYear() == year) {
                    days.putIfAbsent(day, PublicHoliday.EQUIVALENT_DAY);
                }
            }
        } else {
            days.putIfAbsent(LocalDate.of(year, Month.MAY, 1), PublicHoliday.LABOUR_DAY);
            days.putIfAbsent(LocalDate.of(year, Month.JULY, 21), PublicHoliday.BELGIAN_NATIONAL_DAY);
            days.putIfAbsent(LocalDate.of(year, Month.AUGUST, 15), PublicHoliday.ASSUMPTION_DAY);
            days.putIfAbsent(LocalDate.of(year, Month.NOVEMBER, 1), PublicHoliday.ALL_SAINTS_DAY);
            days.putIfAbsent(LocalDate.of(year, Month.NOVEMBER, 11), PublicHoliday.ARMISTICE_DAY);
        }
        return days;
    }

    /** The holiday on this day, if it is one. */
    public Optional<PublicHoliday> on(LocalDate date, Country country) {
        return Optional.ofNullable(inYear(date.getYear(), country).get(date));
    }

    /** Easter Sunday by the Gregorian computus (the anonymous algorithm of Meeus, Jones and Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static LocalDate kingsDay(int year) {
        // The celebration never falls on a Sunday: it moves to the Saturday before.
        LocalDate birthday = year >= 2014 ? LocalDate.of(year, Month.APRIL, 27) : LocalDate.of(year, Month.APRIL, 30);
        return birthday.getDayOfWeek() == DayOfWeek.SUNDAY ? birthday.minusDays(1) : birthday;
    }
}
