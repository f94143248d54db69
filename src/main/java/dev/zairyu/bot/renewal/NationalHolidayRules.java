package dev.zairyu.bot.renewal;

import static java.time.DayOfWeek.MONDAY;
import static java.time.temporal.TemporalAdjusters.dayOfWeekInMonth;

import java.time.LocalDate;
import java.time.Month;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The days named in the Act on National Holidays (国民の祝日) for one year, with the Act's history
 * since 2000. Substitute and citizens' holidays (休日) are derived from these in
 * {@link JapaneseHolidays}; they are not 祝日 themselves, which matters because only 祝日 can
 * trigger them.
 */
final class NationalHolidayRules {

    /** Happy Monday system, first stage: Coming of Age Day and Sports Day moved to Mondays. */
    static final int HAPPY_MONDAY_I = 2000;
    /** Happy Monday system, second stage: Marine Day and Respect for the Aged Day. */
    static final int HAPPY_MONDAY_II = 2003;
    /** 29 April became Showa Day, Greenery Day moved to 4 May. */
    static final int SHOWA_DAY_FROM = 2007;
    static final int MOUNTAIN_DAY_FROM = 2016;
    /** The Emperor's Birthday follows the reigning Emperor; 2019 had none. */
    static final int LAST_DEC_23_BIRTHDAY = 2018;
    static final int FIRST_FEB_23_BIRTHDAY = 2020;
    /** 体育の日 was renamed スポーツの日 in the same amendment that moved it for the Olympics. */
    static final int SPORTS_DAY_NAME_FROM = 2020;

    private NationalHolidayRules() {
    }

    static SortedMap<LocalDate, String> namedHolidays(int year) {
        SortedMap<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), "New Year's Day");
        days.put(nthMonday(year, Month.JANUARY, 2), "Coming of Age Day");
        days.put(LocalDate.of(year, 2, 11), "National Foundation Day");
        if (year >= FIRST_FEB_23_BIRTHDAY) {
            days.put(LocalDate.of(year, 2, 23), "Emperor's Birthday");
        }
        days.put(EquinoxDays.vernal(year), "Vernal Equinox Day");
        days.put(LocalDate.of(year, 4, 29), year >= SHOWA_DAY_FROM ? "Showa Day" : "Greenery Day");
        days.put(LocalDate.of(year, 5, 3), "Constitution Memorial Day");
        if (year >= SHOWA_DAY_FROM) {
            days.put(LocalDate.of(year, 5, 4), "Greenery Day");
        }
        days.put(LocalDate.of(year, 5, 5), "Children's Day");
        days.put(marineDay(year), "Marine Day");
        if (year >= MOUNTAIN_DAY_FROM) {
            days.put(mountainDay(year), "Mountain Day");
        }
        days.put(respectForTheAgedDay(year), "Respect for the Aged Day");
        days.put(EquinoxDays.autumnal(year), "Autumnal Equinox Day");
        days.put(sportsDay(year), year >= SPORTS_DAY_NAME_FROM ? "Sports Day" : "Health and Sports Day");
        days.put(LocalDate.of(year, 11, 3), "Culture Day");
        days.put(LocalDate.of(year, 11, 23), "Labor Thanksgiving Day");
        if (year <= LAST_DEC_23_BIRTHDAY) {
            days.put(LocalDate.of(year, 12, 23), "Emperor's Birthday");
        }
        if (year == 2019) {
            // One-off 祝日 by the special act for the accession; 30 April and 2 May then
            // became citizens' holidays through the ordinary sandwich rule.
            days.put(LocalDate.of(2019, 5, 1), "Enthronement Day");
            days.put(LocalDate.of(2019, 10, 22), "Enthronement Ceremony Day");
        }
        return days;
    }

    // 2020 and 2021: moved around the Tokyo Olympic opening and closing ceremonies by special act.
    private static LocalDate marineDay(int year) {
        return switch (year) {
            case 2020 -> LocalDate.of(2020, 7, 23);
            case 2021 -> LocalDate.of(2021, 7, 22);
            default -> year >= HAPPY_MONDAY_II ? nthMonday(year, Month.JULY, 3) : LocalDate.of(year, 7, 20);
        };
    }

    private static LocalDate mountainDay(int year) {
        return switch (year) {
            case 2020 -> LocalDate.of(2020, 8, 10);
            case 2021 -> LocalDate.of(2021, 8, 8);
            default -> LocalDate.of(year, 8, 11);
        };
    }

    private static LocalDate sportsDay(int year) {
        return switch (year) {
            case 2020 -> LocalDate.of(2020, 7, 24);
            case 2021 -> LocalDate.of(2021, 7, 23);
            default -> nthMonday(year, Month.OCTOBER, 2);
        };
    }

    private static LocalDate respectForTheAgedDay(int year) {
        return year >= HAPPY_MONDAY_II ? nthMonday(year, Month.SEPTEMBER, 3) : LocalDate.of(year, 9, 15);
    }

    private static LocalDate nthMonday(int year, Month month, int ordinal) {
        return LocalDate.of(year, month, 1).with(dayOfWeekInMonth(ordinal, MONDAY));
    }
}
