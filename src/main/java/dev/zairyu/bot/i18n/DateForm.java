package dev.zairyu.bot.i18n;

import static dev.zairyu.bot.i18n.DateRegexParts.DAY;
import static dev.zairyu.bot.i18n.DateRegexParts.GAP;
import static dev.zairyu.bot.i18n.DateRegexParts.MONTH_NAME;
import static dev.zairyu.bot.i18n.DateRegexParts.NOT_AFTER_DIGIT;
import static dev.zairyu.bot.i18n.DateRegexParts.NOT_AFTER_WORD;
import static dev.zairyu.bot.i18n.DateRegexParts.NOT_BEFORE_DIGIT;
import static dev.zairyu.bot.i18n.DateRegexParts.NOT_BEFORE_LATIN;
import static dev.zairyu.bot.i18n.DateRegexParts.NOT_BEFORE_WORD;
import static dev.zairyu.bot.i18n.DateRegexParts.ORDINAL;
import static dev.zairyu.bot.i18n.DateRegexParts.SP;
import static dev.zairyu.bot.i18n.DateRegexParts.YEAR;
import static dev.zairyu.bot.i18n.DateRegexParts.YEAR_FIRST;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shapes a date can take in a message, each turning its own matches into {@link DateMatch}es. */
enum DateForm {

    /** 2027-03-31, 2027/3/31, 2027.03.31, and the Korean 2027. 3. 31. */
    YEAR_FIRST_NUMERIC(NOT_AFTER_WORD + "(?<year>\\d{4})" + SP + "(?<sep>[-/.])" + SP + "(?<month>\\d{1,2})"
            + SP + "\\k<sep>" + SP + DAY) {
        @Override
        Optional<DateMatch> toMatch(Matcher m, DateLanguage language) {
            return known(m, writtenYear(m), number(m, "month"), number(m, "day"));
        }
    },

    /** 20270331; the year and month are constrained so a stray eight-digit number is rarely taken for a date. */
    COMPACT(NOT_AFTER_WORD + "(?<year>(?:19|20|25)\\d{2})(?<month>0[1-9]|1[0-2])(?<day>0[1-9]|[12]\\d|3[01])"
            + NOT_BEFORE_WORD) {
        @Override
        Optional<DateMatch> toMatch(Matcher m, DateLanguage language) {
            return known(m, writtenYear(m), number(m, "month"), number(m, "day"));
        }
    },

    /** 31/03/2027, 03/31/2027, 31.03.2027: which number is the month is decided later. */
    YEAR_LAST_NUMERIC("(?<![\\d./-])(?<first>\\d{1,2})" + SP + "(?<sep>[-/.])" + SP + "(?<second>\\d{1,2})"
            + SP + "\\k<sep>" + SP + "(?<year>\\d{4}|\\d{2})" + NOT_BEFORE_DIGIT) {
        @Override
        Optional<DateMatch> toMatch(Matcher m, DateLanguage language) {
            return Optional.of(new DateMatch(m.start(), m.end(), writtenYear(m), yearValue(m),
                number(m, "first"), number(m, "second"), true));
        }
    },

    /** 2027年3月31日, 2027年3月31号, 2027년 3월 31일, and without a year 3月31日. */
    CJK(NOT_AFTER_DIGIT + "(?:(?<year>\\d{1,4})" + SP + "[年년]" + SP + ")?(?<month>\\d{1,2})" + SP + "[月월]" + SP
            + DAY + SP + "(?<suffix>[日号號일])?") {
        @Override
        Optional<DateMatch> toMatch(Matcher m, DateLanguage language) {
            // "3月31" alone could be the start of anything; with a year in front it is clearly a date.
            if (m.group("year") == null && m.group("suffix") == null) {
                return Optional.empty();
            }
            return known(m, writtenYear(m), number(m, "month"), number(m, "day"));
        }
    },

    /** 令和9年3月31日, 令和元年5月1日, R9.3.31, R09/03/31, H31.4.30. */
    JAPANESE_ERA(NOT_AFTER_WORD + "(?<era>令和|平成|r|h)" + SP + "(?<year>元|\\d{1,2})" + NOT_BEFORE_DIGIT + SP
            + "(?:年" + SP + "(?<kanjiMonth>\\d{1,2})" + SP + "月" + SP + "(?<kanjiDay>\\d{1,2})" + NOT_BEFORE_DIGIT
            + SP + "日?|(?<sep>[-/.])" + SP + "(?<month>\\d{1,2})" + SP + "\\k<sep>" + SP + DAY + ")") {
        @Override
        Optional<DateMatch> toMatch(Matcher m, DateLanguage language) {
            boolean kanji = m.group("kanjiMonth") != null;
            int month = number(m, kanji ? "kanjiMonth" : "month");
            int day = number(m, kanji ? "kanjiDay" : "day");
            String year = m.group("year");
            int eraYear = year.equals("元") ? 1 : Integer.parseInt(year);
            // Heisei years past 31 are kept: licences printed before 2019 carry dates like 平成33年.
            int offset = m.group("era").equals("令和") || m.group("era").equals("r") ? 2018 : 1988;
            DateMatch.Year form = eraYear == 0 ? DateMatch.Year.REFUSED : DateMatch.Year.GREGORIAN;
            return Optional.of(new DateMatch(m.start(), m.end(), form, offset + eraYear, month, day, false));
        }
    },

    /** 31 May 2027, 31st of May, 31-Mar-2027, 1.º de abril de 2027, 31 มีนาคม พ.ศ. 2570, ika-31 ng Marso. */
    NAMED_DAY_FIRST(NOT_AFTER_DIGIT + DAY + "\\.?" + ORDINAL + "\\.?" + GAP + "(?:(?:de|of|ng)\\s{1,3})?" + MONTH_NAME
            + "(?:" + GAP + "(?:(?:de|del)\\s{1,3})?(?:(?<be>พ\\.?\\s?ศ\\.?)|(?<ce>ค\\.?\\s?ศ\\.?))?" + SP + YEAR
            + ")?") {
        @Override
        Optional<DateMatch> toMatch(Matcher m, DateLanguage language) {
            DateMatch.Year form = writtenYear(m);
            if (form == DateMatch.Year.WRITTEN && m.group("be") != null) {
                form = DateMatch.Year.BUDDHIST;
            } else if (form == DateMatch.Year.WRITTEN && m.group("ce") != null) {
                form = DateMatch.Year.GREGORIAN;
            }
            return named(m, language, form);
        }
    },

    /** May 31, 2027, Mar 31st 2027, Marso 31, 2027, marzo 31 de 2027. */
    NAMED_MONTH_FIRST(MONTH_NAME + GAP + DAY + ORDINAL + NOT_BEFORE_LATIN
            + "(?:" + GAP + "(?:(?:de|del)\\s{1,3})?" + YEAR + ")?") {
        @Override
        Optional<DateMatch> toMatch(Matcher m, DateLanguage language) {
            return named(m, language, writtenYear(m));
        }
    },

    /** 2027 March 31, 2027-Mar-31, ၂၀၂၇ ခုနှစ် မတ်လ ၃၁ ရက်. */
    NAMED_YEAR_FIRST(NOT_AFTER_DIGIT + YEAR_FIRST + GAP + MONTH_NAME + GAP + DAY + ORDINAL + NOT_BEFORE_LATIN) {
        @Override
        Optional<DateMatch> toMatch(Matcher m, DateLanguage language) {
            return named(m, language, writtenYear(m));
        }
    },

    /** Vietnamese writes the month as a number after "tháng": ngày 31 tháng 3 năm 2027, 31 tháng 3, 2027. */
    VIETNAMESE(NOT_AFTER_DIGIT + DAY + SP + "(?:thang|thg)" + SP + "(?<month>\\d{1,2})" + NOT_BEFORE_DIGIT
            + "(?:" + GAP + "(?:nam\\s{1,3})?" + YEAR + ")?") {
        @Override
        Optional<DateMatch> toMatch(Matcher m, DateLanguage language) {
            return known(m, writtenYear(m), number(m, "month"), number(m, "day"));
        }
    };

    private final Pattern pattern;

    DateForm(String regex) {
        this.pattern = Pattern.compile(regex);
    }

    abstract Optional<DateMatch> toMatch(Matcher m, DateLanguage language);

    /** Every date-shaped span in the text, in every form; overlaps are sorted out by the caller. */
    static List<DateMatch> findAll(String text, DateLanguage language) {
        List<DateMatch> found = new ArrayList<>(2);
        for (DateForm form : values()) {
            Matcher m = form.pattern.matcher(text);
            int from = 0;
            while (from < text.length() && m.find(from)) {
                Optional<DateMatch> match = form.toMatch(m, language);
                match.ifPresent(found::add);
                // A rejected span (a word that is no month name) may still hide a date starting inside it.
                from = match.isPresent() ? m.end() : m.start() + 1;
            }
        }
        return found;
    }

    private static Optional<DateMatch> named(Matcher m, DateLanguage language, DateMatch.Year written) {
        String name = m.group("name");
        OptionalInt month = DateMonthNames.month(name, language);
        if (month.isEmpty()) {
            return Optional.empty();
        }
        DateMatch.Year form = written;
        // A Thai month name is evidence enough that 2570 counts from the Buddha, whatever the chat language.
        if (form == DateMatch.Year.WRITTEN && DateMonthNames.isThai(name) && yearValue(m) >= 2500) {
            form = DateMatch.Year.BUDDHIST;
        }
        return known(m, form, month.getAsInt(), number(m, "day"));
    }

    private static Optional<DateMatch> known(Matcher m, DateMatch.Year form, int month, int day) {
        return Optional.of(new DateMatch(m.start(), m.end(), form, yearValue(m), month, day, false));
    }

    private static DateMatch.Year writtenYear(Matcher m) {
        String year = m.group("year");
        if (year == null) {
            return DateMatch.Year.NONE;
        }
        return year.length() == 4 ? DateMatch.Year.WRITTEN : DateMatch.Year.REFUSED;
    }

    private static int yearValue(Matcher m) {
        String year = m.group("year");
        return year == null ? 0 : Integer.parseInt(year);
    }

    private static int number(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }
}
