package dev.zairyu.bot.renewal;

import java.time.LocalDate;
import java.time.Month;

/**
 * Vernal and Autumnal Equinox Day. The Act names these days only as "the equinox"; the actual
 * dates are announced each February for the next year from astronomical observation, so for
 * years not yet announced we use the standard approximation that reproduces every announced
 * date from 1980 to 2099.
 */
final class EquinoxDays {

    static final int FIRST_YEAR = 1980;
    static final int LAST_YEAR = 2099;

    private static final double VERNAL_BASE = 20.8431;
    private static final double AUTUMNAL_BASE = 23.2488;
    private static final double DRIFT_PER_YEAR = 0.242194;

    private EquinoxDays() {
    }

    static LocalDate vernal(int year) {
        return LocalDate.of(year, Month.MARCH, dayOfMonth(VERNAL_BASE, year));
    }

    static LocalDate autumnal(int year) {
        return LocalDate.of(year, Month.SEPTEMBER, dayOfMonth(AUTUMNAL_BASE, year));
    }

    private static int dayOfMonth(double base, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException(
                    "equinox formula is only valid for " + FIRST_YEAR + "–" + LAST_YEAR + ", got " + year);
        }
        int sinceBase = year - FIRST_YEAR;
        // The drift term tracks the tropical year; the leap-year term undoes the calendar's jumps.
        return (int) Math.floor(base + DRIFT_PER_YEAR * sinceBase - sinceBase / 4);
    }
}
