package dev.zairyu.bot.i18n;

/** Pieces shared by the date patterns. Every repeat is bounded so no input can make matching slow. */
final class DateRegexParts {

    static final String SP = "\\s{0,3}";
    /** Between the words of a written-out date: "31 May", "31-Mar-", "May 31, ", and Burmese and CJK commas. */
    static final String GAP = SP + "[-/.,၊、]?" + SP;
    /** After a day: English ordinals, the º of "1º de abril" (o after NFKC), and Burmese ရက် ("day"). */
    static final String ORDINAL = "(?:st|nd|rd|th|o|" + SP + "ရက်)?";
    static final String NOT_AFTER_DIGIT = "(?<!\\d)";
    static final String NOT_BEFORE_DIGIT = "(?!\\d)";
    /** Not glued to a Latin word or a number, so "AB12345678CD" is never a date. */
    static final String NOT_AFTER_WORD = "(?<![\\p{IsLatin}\\d])";
    static final String NOT_BEFORE_WORD = "(?![\\p{IsLatin}\\d])";
    /** A day number ends the date or meets punctuation: in "May, 10am" the 10 is an hour. */
    static final String NOT_BEFORE_LATIN = "(?!\\p{IsLatin})";
    /**
     * Two-digit years are captured only so they can be refused; one followed by ':' or a letter is a time
     * ("31 May 10am", "May 31 12:00"), not a year.
     */
    static final String YEAR = "(?<year>\\d{4}(?!\\d)|\\d{2}(?![\\d:\\p{L}]))";
    /** A month name, maybe abbreviated with a dot, or followed by Burmese လ ("month") as in မတ်လ. */
    static final String MONTH_NAME = "(?<name>" + DateMonthNames.ALTERNATION + ")(?:\\.|လ)?";
    /** A four-digit year, maybe followed by Burmese ခုနှစ် ("year"). */
    static final String YEAR_FIRST = "(?<year>\\d{4})(?:" + SP + "ခုနှစ်)?";
    static final String DAY = "(?<day>\\d{1,2})" + NOT_BEFORE_DIGIT;

    private DateRegexParts() {}
}
