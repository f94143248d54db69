package dev.zairyu.bot.i18n;

/**
 * One date-shaped span of the normalised text, before calendars and conventions are applied.
 *
 * @param swappable a year-last numeric form (03/04/2027) whose first two numbers may be month-day or day-month;
 *                  {@code month} and {@code day} then hold the month-first reading
 */
record DateMatch(int start, int end, Year yearForm, int year, int month, int day, boolean swappable) {

    /** How the year was written, which decides how (and whether) it becomes a Gregorian year. */
    enum Year {
        /** No year: the next occurrence is meant. */
        NONE,
        /** Four digits whose calendar depends on the language (Buddhist Era in Thai, Bikram Sambat in Nepali). */
        WRITTEN,
        /** Already Gregorian: converted from a Japanese era, or marked ค.ศ. */
        GREGORIAN,
        /** Marked as Buddhist Era (พ.ศ.), or a Thai month name with a year past 2500. */
        BUDDHIST,
        /** A year we will not guess about: two digits, or era year 0. */
        REFUSED
    }

    int length() {
        return end - start;
    }

    /** True when {@code other} lies inside this span and is shorter, i.e. it is only a piece of this date. */
    boolean swallows(DateMatch other) {
        return other.start >= start && other.end <= end && other.length() < length();
    }
}
