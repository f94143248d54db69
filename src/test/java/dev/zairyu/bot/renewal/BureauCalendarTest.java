package dev.zairyu.bot.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zairyu.bot.renewal.BureauCalendar.Closure;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BureauCalendarTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2026-11-24, ",                   // Tuesday after Labor Thanksgiving Day
        "2026-11-23, NATIONAL_HOLIDAY",   // Labor Thanksgiving Day, a Monday
        "2026-11-28, WEEKEND",            // Saturday
        "2026-11-29, WEEKEND",            // Sunday
        "2026-12-28, ",                   // the last working day of the year
        "2026-12-29, YEAR_END",
        "2026-12-30, YEAR_END",
        "2026-12-31, YEAR_END",
        "2027-01-01, YEAR_END",           // New Year's Day: the year-end closure wins
        "2027-01-02, YEAR_END",           // Saturday: the year-end closure wins
        "2027-01-03, YEAR_END",           // Sunday: the year-end closure wins
        "2027-01-04, ",                   // first working day
        "2027-03-21, NATIONAL_HOLIDAY",   // Vernal Equinox Day on a Sunday: the holiday is named
        "2027-03-22, NATIONAL_HOLIDAY",   // its substitute holiday
        "2026-09-22, NATIONAL_HOLIDAY",   // citizens' holiday
        "2027-06-20, WEEKEND",
    })
    void reportsWhyTheCounterIsClosed(LocalDate day, Closure closure) {
        assertThat(BureauCalendar.closureOn(day)).isEqualTo(Optional.ofNullable(closure));
        assertThat(BureauCalendar.isOpen(day)).isEqualTo(closure == null);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2026-11-24, 2026-11-24",   // already open
        "2026-11-21, 2026-11-24",   // Saturday, Sunday, holiday Monday
        "2026-12-29, 2027-01-04",
        "2027-01-01, 2027-01-04",
        "2025-12-27, 2026-01-05",   // weekend, year end, then another weekend
        "2027-05-01, 2027-05-06",   // Golden Week
        "2027-01-09, 2027-01-12",   // weekend then Coming of Age Day
        "2026-09-19, 2026-09-24",   // Silver Week: weekend, three holidays
    })
    void findsTheFirstOpenDayOnOrAfterADate(LocalDate from, LocalDate expected) {
        assertThat(BureauCalendar.firstOpenDayOnOrAfter(from)).isEqualTo(expected);
    }

    @Test
    void everyWeekdayThatIsNeitherHolidayNorYearEndIsOpen() {
        LocalDate day = LocalDate.of(2025, 1, 1);
        while (day.getYear() <= 2030) {
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            boolean yearEnd = (day.getMonthValue() == 12 && day.getDayOfMonth() >= 29)
                    || (day.getMonthValue() == 1 && day.getDayOfMonth() <= 3);
            assertThat(BureauCalendar.isOpen(day)).as("%s", day)
                    .isEqualTo(!weekend && !yearEnd && !JapaneseHolidays.isHoliday(day));
            day = day.plusDays(1);
        }
    }
}
