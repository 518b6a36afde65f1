package nl.bewijsmap.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import nl.bewijsmap.domain.Country;

/** Moves the end of a period off a weekend or public holiday, as Regulation 1182/71 art. 3(4) and the Atw do. */
public final class WorkingDays {

    private final Holidays holidays;

    public WorkingDays(Holidays holidays) {
        this.holidays = holidays;
    }

    public static WorkingDays standard() {
        return new WorkingDays(Holidays.standard());
    }

    public boolean isWorkingDay(LocalDate date, Country country) {
        return !isWeekend(date) && holidays.on(date, country).isEmpty();
    }

    /** The day itself when it is a working day, else the first working day after it. */
    public LocalDate rollForward(LocalDate date, Country country) {
        LocalDate day = date;
        while (!isWorkingDay(day, country)) {
            day = day.plusDays(1);
        }
        return day;
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
