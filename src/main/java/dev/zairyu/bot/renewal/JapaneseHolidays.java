package dev.zairyu.bot.renewal;

import static java.time.DayOfWeek.SUNDAY;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Japanese national holidays, computed from the Act on National Holidays (国民の祝日に関する法律)
 * because no holiday library is available to us. Covers {@value #FIRST_SUPPORTED_YEAR}–{@value
 * #LAST_SUPPORTED_YEAR}: earlier years predate the Happy Monday system the rules assume, later
 * years have no equinox formula. Names are the Cabinet Office's English names.
 */
public final class JapaneseHolidays {

    public static final int FIRST_SUPPORTED_YEAR = NationalHolidayRules.HAPPY_MONDAY_I;
    public static final int LAST_SUPPORTED_YEAR = EquinoxDays.LAST_YEAR;

    public static final String SUBSTITUTE_HOLIDAY = "Substitute Holiday";
    public static final String CITIZENS_HOLIDAY = "Citizens' Holiday";

    /** The 2007 amendment rewrote both derived-holiday rules (substitute and sandwich). */
    private static final int AMENDMENT_2007 = 2007;

    // Holiday tables are immutable once built, so a racing double computation is harmless and
    // computeIfAbsent keeps it to one anyway.
    private static final ConcurrentMap<Integer, SortedMap<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();

    private JapaneseHolidays() {
    }

    public static boolean isHoliday(LocalDate day) {
        return inYear(day.getYear()).containsKey(day);
    }

    public static Optional<String> nameOf(LocalDate day) {
        return Optional.ofNullable(inYear(day.getYear()).get(day));
    }

    /**
     * Every holiday of the year, national holidays, substitute holidays and citizens' holidays
     * alike, in date order. The map is unmodifiable.
     *
     * @throws IllegalArgumentException outside the supported years
     */
    public static SortedMap<LocalDate, String> inYear(int year) {
        if (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
            throw new IllegalArgumentException("Japanese holidays are only computed for "
                    + FIRST_SUPPORTED_YEAR + "–" + LAST_SUPPORTED_YEAR + ", got " + year);
        }
        return BY_YEAR.computeIfAbsent(year, JapaneseHolidays::compute);
    }

    private static SortedMap<LocalDate, String> compute(int year) {
        SortedMap<LocalDate, String> named = NationalHolidayRules.namedHolidays(year);
        SortedMap<LocalDate, String> all = new TreeMap<>(named);
        addSubstituteHolidays(named, all, year);
        addCitizensHolidays(named, all, year);
        return Collections.unmodifiableSortedMap(all);
    }

    /*
     * Art. 3(2). Since 2007: "the nearest following day that is not a national holiday", so a
     * Sunday 3 May pushes the substitute past 4 and 5 May to 6 May. Before 2007 it was simply
     * "the next day", which never was a national holiday in 2000–2006.
     */
    private static void addSubstituteHolidays(
            SortedMap<LocalDate, String> named, SortedMap<LocalDate, String> all, int year) {
        for (LocalDate day : named.keySet()) {
            if (day.getDayOfWeek() != SUNDAY) {
                continue;
            }
            LocalDate substitute = day.plusDays(1);
            if (year >= AMENDMENT_2007) {
                while (named.containsKey(substitute)) {
                    substitute = substitute.plusDays(1);
                }
            } else if (named.containsKey(substitute)) {
                continue;
            }
            all.putIfAbsent(substitute, SUBSTITUTE_HOLIDAY);
        }
    }

    /*
     * Art. 3(3): a day whose previous and next days are both national holidays (祝日, not
     * substitute or citizens' holidays) is itself a holiday. Before 2007 Sundays and substitute
     * holidays were excluded, which is why 4 May 2003 (a Sunday) was not one.
     */
    private static void addCitizensHolidays(
            SortedMap<LocalDate, String> named, SortedMap<LocalDate, String> all, int year) {
        for (LocalDate day : named.keySet()) {
            LocalDate between = day.plusDays(1);
            if (named.containsKey(between) || !named.containsKey(between.plusDays(1))) {
                continue;
            }
            boolean excludedBefore2007 = between.getDayOfWeek() == SUNDAY || all.containsKey(between);
            if (year < AMENDMENT_2007 && excludedBefore2007) {
                continue;
            }
            all.putIfAbsent(between, CITIZENS_HOLIDAY);
        }
    }
}
