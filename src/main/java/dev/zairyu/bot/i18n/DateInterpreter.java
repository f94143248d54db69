package dev.zairyu.bot.i18n;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Applies calendars and the language's conventions to one {@link DateMatch}. */
final class DateInterpreter {

    static final DateReading UNREADABLE = new DateReading.Unreadable();

    // Anything outside is a typo or another calendar we could not recognise; better to ask again.
    private static final int FIRST_PLAUSIBLE_YEAR = 1900;
    private static final int LAST_PLAUSIBLE_YEAR = 2199;
    private static final int BUDDHIST_ERA_OFFSET = 543;
    private static final int FIRST_BUDDHIST_YEAR_TAKEN = 2500;
    private static final int FIRST_BIKRAM_SAMBAT_YEAR_REFUSED = 2070;
    // Long enough to reach the next 29 February from any day.
    private static final int YEARS_TO_SEARCH_FOR_NEXT_OCCURRENCE = 8;

    private DateInterpreter() {}

    static DateReading interpret(DateMatch match, DateLanguage language, LocalDate today) {
        if (match.yearForm() == DateMatch.Year.REFUSED) {
            return UNREADABLE;
        }
        if (match.yearForm() == DateMatch.Year.NONE) {
            return nextOccurrence(match.month(), match.day(), today);
        }
        OptionalInt year = gregorianYear(match, language);
        if (year.isEmpty()) {
            return UNREADABLE;
        }
        if (!match.swappable()) {
            return readingOf(dateOf(year.getAsInt(), match.month(), match.day()));
        }
        return eitherOrder(year.getAsInt(), match.month(), match.day(), language);
    }

    private static OptionalInt gregorianYear(DateMatch match, DateLanguage language) {
        int written = match.year();
        boolean calendarUnknown = match.yearForm() == DateMatch.Year.WRITTEN;
        if (calendarUnknown && language.refusesBikramSambatYears() && written >= FIRST_BIKRAM_SAMBAT_YEAR_REFUSED) {
            return OptionalInt.empty();
        }
        boolean buddhist = match.yearForm() == DateMatch.Year.BUDDHIST
            || calendarUnknown && language.countsBuddhistEra() && written >= FIRST_BUDDHIST_YEAR_TAKEN;
        int year = buddhist ? written - BUDDHIST_ERA_OFFSET : written;
        return year >= FIRST_PLAUSIBLE_YEAR && year <= LAST_PLAUSIBLE_YEAR ? OptionalInt.of(year) : OptionalInt.empty();
    }

    /** 03/04/2027: a number above 12 settles it; otherwise the language's habit does, or the user is asked. */
    private static DateReading eitherOrder(int year, int first, int second, DateLanguage language) {
        Optional<LocalDate> monthFirst = dateOf(year, first, second);
        Optional<LocalDate> dayFirst = dateOf(year, second, first);
        if (monthFirst.isEmpty() || dayFirst.isEmpty() || monthFirst.equals(dayFirst)) {
            return readingOf(monthFirst.or(() -> dayFirst));
        }
        if (language.readsDayFirst()) {
            return new DateReading.Read(dayFirst.get());
        }
        // Month-first is offered first everywhere: in English that is the US reading, and in the year-first
        // languages there is no habit to follow, so one fixed order keeps the bot's question predictable.
        return new DateReading.Ambiguous(List.of(monthFirst.get(), dayFirst.get()));
    }

    /** "31 March" with no year means the next 31 March, today included. */
    private static DateReading nextOccurrence(int month, int day, LocalDate today) {
        for (int year = today.getYear(); year <= today.getYear() + YEARS_TO_SEARCH_FOR_NEXT_OCCURRENCE; year++) {
            Optional<LocalDate> date = dateOf(year, month, day);
            if (date.isPresent() && !date.get().isBefore(today)) {
                return new DateReading.Read(date.get());
            }
        }
        return UNREADABLE;
    }

    private static DateReading readingOf(Optional<LocalDate> date) {
        return date.<DateReading>map(DateReading.Read::new).orElse(UNREADABLE);
    }

    /** Checked by hand instead of catching DateTimeException: impossible dates are common input, not errors. */
    private static Optional<LocalDate> dateOf(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }
}
