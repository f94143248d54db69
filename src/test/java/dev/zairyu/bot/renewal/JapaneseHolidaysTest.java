package dev.zairyu.bot.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JapaneseHolidaysTest {

    private static final String SUB = JapaneseHolidays.SUBSTITUTE_HOLIDAY;
    private static final String CITIZENS = JapaneseHolidays.CITIZENS_HOLIDAY;

    /** Builds the expected table from "MM-DD", "name" pairs, in order. */
    private static Map<LocalDate, String> year(int year, String... monthDayAndName) {
        Map<LocalDate, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < monthDayAndName.length; i += 2) {
            expected.put(LocalDate.parse(year + "-" + monthDayAndName[i]), monthDayAndName[i + 1]);
        }
        return expected;
    }

    @Test
    void matchesTheCabinetOfficeListFor2025() {
        assertThat(JapaneseHolidays.inYear(2025)).containsExactlyEntriesOf(year(2025,
                "01-01", "New Year's Day", "01-13", "Coming of Age Day", "02-11", "National Foundation Day",
                "02-23", "Emperor's Birthday", "02-24", SUB, "03-20", "Vernal Equinox Day",
                "04-29", "Showa Day", "05-03", "Constitution Memorial Day", "05-04", "Greenery Day",
                "05-05", "Children's Day", "05-06", SUB, "07-21", "Marine Day", "08-11", "Mountain Day",
                "09-15", "Respect for the Aged Day", "09-23", "Autumnal Equinox Day", "10-13", "Sports Day",
                "11-03", "Culture Day", "11-23", "Labor Thanksgiving Day", "11-24", SUB));
    }

    @Test
    void matchesTheCabinetOfficeListFor2026IncludingTheSeptemberCitizensHoliday() {
        assertThat(JapaneseHolidays.inYear(2026)).containsExactlyEntriesOf(year(2026,
                "01-01", "New Year's Day", "01-12", "Coming of Age Day", "02-11", "National Foundation Day",
                "02-23", "Emperor's Birthday", "03-20", "Vernal Equinox Day", "04-29", "Showa Day",
                "05-03", "Constitution Memorial Day", "05-04", "Greenery Day", "05-05", "Children's Day",
                "05-06", SUB, "07-20", "Marine Day", "08-11", "Mountain Day",
                "09-21", "Respect for the Aged Day", "09-22", CITIZENS, "09-23", "Autumnal Equinox Day",
                "10-12", "Sports Day", "11-03", "Culture Day", "11-23", "Labor Thanksgiving Day"));
    }

    @Test
    void matchesTheCabinetOfficeListFor2027() {
        assertThat(JapaneseHolidays.inYear(2027)).containsExactlyEntriesOf(year(2027,
                "01-01", "New Year's Day", "01-11", "Coming of Age Day", "02-11", "National Foundation Day",
                "02-23", "Emperor's Birthday", "03-21", "Vernal Equinox Day", "03-22", SUB,
                "04-29", "Showa Day", "05-03", "Constitution Memorial Day", "05-04", "Greenery Day",
                "05-05", "Children's Day", "07-19", "Marine Day", "08-11", "Mountain Day",
                "09-20", "Respect for the Aged Day", "09-23", "Autumnal Equinox Day", "10-11", "Sports Day",
                "11-03", "Culture Day", "11-23", "Labor Thanksgiving Day"));
    }

    @Test
    void in2019TheAccessionAddsOneOffHolidaysAndThereIsNoEmperorsBirthday() {
        assertThat(JapaneseHolidays.inYear(2019)).containsExactlyEntriesOf(year(2019,
                "01-01", "New Year's Day", "01-14", "Coming of Age Day", "02-11", "National Foundation Day",
                "03-21", "Vernal Equinox Day", "04-29", "Showa Day", "04-30", CITIZENS,
                "05-01", "Enthronement Day", "05-02", CITIZENS, "05-03", "Constitution Memorial Day",
                "05-04", "Greenery Day", "05-05", "Children's Day", "05-06", SUB, "07-15", "Marine Day",
                "08-11", "Mountain Day", "08-12", SUB, "09-16", "Respect for the Aged Day",
                "09-23", "Autumnal Equinox Day", "10-14", "Health and Sports Day",
                "10-22", "Enthronement Ceremony Day", "11-03", "Culture Day", "11-04", SUB,
                "11-23", "Labor Thanksgiving Day"));
    }

    @Test
    void in2020TheOlympicsMoveMarineSportsAndMountainDay() {
        assertThat(JapaneseHolidays.inYear(2020)).containsExactlyEntriesOf(year(2020,
                "01-01", "New Year's Day", "01-13", "Coming of Age Day", "02-11", "National Foundation Day",
                "02-23", "Emperor's Birthday", "02-24", SUB, "03-20", "Vernal Equinox Day",
                "04-29", "Showa Day", "05-03", "Constitution Memorial Day", "05-04", "Greenery Day",
                "05-05", "Children's Day", "05-06", SUB, "07-23", "Marine Day", "07-24", "Sports Day",
                "08-10", "Mountain Day", "09-21", "Respect for the Aged Day", "09-22", "Autumnal Equinox Day",
                "11-03", "Culture Day", "11-23", "Labor Thanksgiving Day"));
    }

    @Test
    void in2021TheOlympicMountainDayFallsOnSundayAndIsSubstitutedOnMonday() {
        assertThat(JapaneseHolidays.inYear(2021)).containsExactlyEntriesOf(year(2021,
                "01-01", "New Year's Day", "01-11", "Coming of Age Day", "02-11", "National Foundation Day",
                "02-23", "Emperor's Birthday", "03-20", "Vernal Equinox Day", "04-29", "Showa Day",
                "05-03", "Constitution Memorial Day", "05-04", "Greenery Day", "05-05", "Children's Day",
                "07-22", "Marine Day", "07-23", "Sports Day", "08-08", "Mountain Day", "08-09", SUB,
                "09-20", "Respect for the Aged Day", "09-23", "Autumnal Equinox Day",
                "11-03", "Culture Day", "11-23", "Labor Thanksgiving Day"));
    }

    @Test
    void before2007TheOldRulesApplyGreeneryDayOn29AprilAndMay4AsCitizensHoliday() {
        assertThat(JapaneseHolidays.inYear(2006)).containsExactlyEntriesOf(year(2006,
                "01-01", "New Year's Day", "01-02", SUB, "01-09", "Coming of Age Day",
                "02-11", "National Foundation Day", "03-21", "Vernal Equinox Day", "04-29", "Greenery Day",
                "05-03", "Constitution Memorial Day", "05-04", CITIZENS, "05-05", "Children's Day",
                "07-17", "Marine Day", "09-18", "Respect for the Aged Day", "09-23", "Autumnal Equinox Day",
                "10-09", "Health and Sports Day", "11-03", "Culture Day", "11-23", "Labor Thanksgiving Day",
                "12-23", "Emperor's Birthday"));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        // Before 2007 a Sunday could not be a citizens' holiday.
        "2003-05-04, ",
        "2002-05-04, Citizens' Holiday",
        // Before Happy Monday II, Marine Day and Respect for the Aged Day had fixed dates.
        "2002-07-20, Marine Day",
        "2002-09-15, Respect for the Aged Day",
        "2003-07-21, Marine Day",
        "2003-09-15, Respect for the Aged Day",
        // Since 2007 the substitute skips to the nearest day that is not a national holiday.
        "2008-05-06, Substitute Holiday",
        "2009-05-06, Substitute Holiday",
        "2009-09-22, Citizens' Holiday",
        "2015-09-22, Citizens' Holiday",
        "2032-09-21, Citizens' Holiday",
        "2010-03-22, Substitute Holiday",
        "2015-08-11, ",
        "2016-08-11, Mountain Day",
        "2018-12-23, Emperor's Birthday",
        "2018-12-24, Substitute Holiday",
        "2019-12-23, ",
        "2020-02-23, Emperor's Birthday",
        "2020-10-12, ",
        "2021-10-11, ",
        "2021-08-11, ",
        "2007-04-29, Showa Day",
        "2007-05-04, Greenery Day",
        "2026-11-24, ",
    })
    void namesHolidaysAcrossTheHistoryOfTheAct(LocalDate day, String name) {
        assertThat(JapaneseHolidays.nameOf(day)).isEqualTo(java.util.Optional.ofNullable(name));
        assertThat(JapaneseHolidays.isHoliday(day)).isEqualTo(name != null);
    }

    @ParameterizedTest(name = "{0}: vernal {1}, autumnal {2}")
    @CsvSource({
        "2000, 2000-03-20, 2000-09-23",
        "2010, 2010-03-21, 2010-09-23",
        "2012, 2012-03-20, 2012-09-22",
        "2016, 2016-03-20, 2016-09-22",
        "2022, 2022-03-21, 2022-09-23",
        "2023, 2023-03-21, 2023-09-23",
        "2024, 2024-03-20, 2024-09-22",
        "2025, 2025-03-20, 2025-09-23",
        "2026, 2026-03-20, 2026-09-23",
        "2027, 2027-03-21, 2027-09-23",
    })
    void equinoxFormulaReproducesThePublishedDates(int year, LocalDate vernal, LocalDate autumnal) {
        assertThat(EquinoxDays.vernal(year)).isEqualTo(vernal);
        assertThat(EquinoxDays.autumnal(year)).isEqualTo(autumnal);
    }

    @Test
    void everyYearTo2099HasEachEquinoxOnceAndEveryDerivedHolidayExplained() {
        for (int y = 2007; y <= JapaneseHolidays.LAST_SUPPORTED_YEAR; y++) {
            SortedMap<LocalDate, String> holidays = JapaneseHolidays.inYear(y);
            assertThat(holidays.keySet()).as("year %d", y).allMatch(d -> d.getYear() == holidays.firstKey().getYear());
            assertThat(holidays.values()).as("year %d", y)
                    .containsOnlyOnce("Vernal Equinox Day", "Autumnal Equinox Day", "Showa Day", "Marine Day");
            holidays.forEach((day, name) -> {
                if (name.equals(SUB)) {
                    assertThat(isNational(holidays, day.minusDays(1))).as("%s follows a national holiday", day).isTrue();
                    assertThat(startOfHolidayRun(holidays, day.minusDays(1)).datesUntil(day))
                            .as("%s follows a run of national holidays including a Sunday", day)
                            .anyMatch(d -> d.getDayOfWeek() == java.time.DayOfWeek.SUNDAY);
                } else if (name.equals(CITIZENS)) {
                    assertThat(isNational(holidays, day.minusDays(1)) && isNational(holidays, day.plusDays(1)))
                            .as("%s lies between two national holidays", day).isTrue();
                } else if (day.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
                    LocalDate next = day.plusDays(1);
                    while (isNational(holidays, next)) {
                        next = next.plusDays(1);
                    }
                    assertThat(holidays.get(next)).as("substitute for %s", day).isEqualTo(SUB);
                }
            });
        }
    }

    @Test
    void tablesAreCachedUnmodifiableAndSafeToBuildFromManyThreads() {
        Map<Integer, SortedMap<LocalDate, String>> first = new java.util.concurrent.ConcurrentHashMap<>();
        IntStream.rangeClosed(2000, 2099).parallel().forEach(y -> first.put(y, JapaneseHolidays.inYear(y)));
        IntStream.rangeClosed(2000, 2099).parallel()
                .forEach(y -> assertThat(JapaneseHolidays.inYear(y)).isSameAs(first.get(y)));
        assertThatThrownBy(() -> JapaneseHolidays.inYear(2026).put(LocalDate.of(2026, 6, 1), "Mine"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesYearsOutsideTheSupportedRange() {
        assertThatThrownBy(() -> JapaneseHolidays.inYear(1999)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1999");
        assertThatThrownBy(() -> JapaneseHolidays.isHoliday(LocalDate.of(2100, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean isNational(SortedMap<LocalDate, String> holidays, LocalDate day) {
        String name = holidays.get(day);
        return name != null && !name.equals(SUB) && !name.equals(CITIZENS);
    }

    private static LocalDate startOfHolidayRun(SortedMap<LocalDate, String> holidays, LocalDate last) {
        LocalDate start = last;
        while (isNational(holidays, start.minusDays(1))) {
            start = start.minusDays(1);
        }
        return start;
    }
}
