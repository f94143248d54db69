package dev.zairyu.bot.renewal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

/**
 * When a regional immigration services bureau's counter is open (FACTS A5): closed on weekends,
 * national holidays and 29 December – 3 January, per the Act on Holidays of Administrative
 * Organs, art. 1. The online system keeps its own hours (B4) and is not modelled here.
 */
public final class BureauCalendar {

    /** Why the counter is closed. */
    public enum Closure { WEEKEND, NATIONAL_HOLIDAY, YEAR_END }

    private static final int YEAR_END_FIRST_DAY = 29;
    private static final int NEW_YEAR_LAST_DAY = 3;

    private BureauCalendar() {
    }

    /**
     * The reason the counter is closed on {@code day}, or empty when it is open. The year-end
     * closure is reported first because it is the one people do not expect; a holiday is reported
     * before a weekend because the weekend is visible from the date alone and the holiday is not.
     */
    public static Optional<Closure> closureOn(LocalDate day) {
        if (isYearEnd(day)) {
            return Optional.of(Closure.YEAR_END);
        }
        if (JapaneseHolidays.isHoliday(day)) {
            return Optional.of(Closure.NATIONAL_HOLIDAY);
        }
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        if (dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY) {
            return Optional.of(Closure.WEEKEND);
        }
        return Optional.empty();
    }

    public static boolean isOpen(LocalDate day) {
        return closureOn(day).isEmpty();
    }

    /** {@code day} itself when the counter is open, otherwise the next day it opens. */
    public static LocalDate firstOpenDayOnOrAfter(LocalDate day) {
        LocalDate candidate = day;
        while (!isOpen(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    private static boolean isYearEnd(LocalDate day) {
        return (day.getMonth() == Month.DECEMBER && day.getDayOfMonth() >= YEAR_END_FIRST_DAY)
                || (day.getMonth() == Month.JANUARY && day.getDayOfMonth() <= NEW_YEAR_LAST_DAY);
    }
}
