package dev.zairyu.bot.i18n;

import java.util.Locale;

/** The few things a conversation language changes about reading a date. */
enum DateLanguage {
    // English speakers in Japan come from both the US and elsewhere, so 03/04/2027 really is a question.
    EN("en", false),
    // Year-first cultures rarely write the year last; when they do, neither order is customary.
    JA("ja", false),
    JA_EASY("ja-easy", false),
    ZH_HANS("zh-Hans", false),
    ZH_HANT("zh-Hant", false),
    KO("ko", false),
    // The Philippines writes month first on most forms but day first on some official ones.
    FIL("fil", false),
    VI("vi", true),
    NE("ne", true),
    PT_BR("pt-BR", true),
    ID("id", true),
    MY("my", true),
    TH("th", true),
    ES("es", true);

    private final String code;
    private final boolean dayFirst;

    DateLanguage(String code, boolean dayFirst) {
        this.code = code;
        this.dayFirst = dayFirst;
    }

    /** Unknown or missing tags read like English: the bot's fallback language. */
    static DateLanguage of(String tag) {
        if (tag == null) {
            return EN;
        }
        String wanted = tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        for (DateLanguage language : values()) {
            if (language.code.toLowerCase(Locale.ROOT).equals(wanted)) {
                return language;
            }
        }
        // "pt", "zh-CN" and the like: the primary subtag still tells the convention.
        String primary = wanted.contains("-") ? wanted.substring(0, wanted.indexOf('-')) : wanted;
        for (DateLanguage language : values()) {
            if (language.code.toLowerCase(Locale.ROOT).startsWith(primary + "-") || language.code.equals(primary)) {
                return language;
            }
        }
        return EN;
    }

    /** Whether a year-last numeric date with both numbers ≤ 12 is read day first rather than asked about. */
    boolean readsDayFirst() {
        return dayFirst;
    }

    /** Thai speakers commonly count years in the Buddhist Era (2570 = 2027). */
    boolean countsBuddhistEra() {
        return this == TH;
    }

    /**
     * Nepal's official calendar is Bikram Sambat, about 56.7 years ahead of the Gregorian one (BS 2083 ≈ 2026),
     * and its months do not line up with Gregorian months, so converting needs per-year month-length tables
     * that neither the JDK nor ICU ships. A Nepali speaker's year ≥ 2070 is almost surely BS, and no residence
     * card runs that far (the longest period of stay is 5 years), so refusing it and asking again is safer than
     * storing a Gregorian date decades off.
     */
    boolean refusesBikramSambatYears() {
        return this == NE;
    }
}
