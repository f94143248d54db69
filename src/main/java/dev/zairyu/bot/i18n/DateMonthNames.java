package dev.zairyu.bot.i18n;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Gregorian month names in the bot's languages, spelled as in CLDR (checked against ICU in the tests).
 *
 * <p>Full names count in every conversation language: people switch languages, and no full name means a
 * different month in another language. Abbreviations are another matter: "set", "out", "ago" and "des" are
 * ordinary English or Indonesian words, so an abbreviation counts only in its own language, except English
 * ones (the lingua franca of forms) and Thai ones (unmistakable in Thai script).
 */
final class DateMonthNames {

    private static final String[][] FULL_NAMES = {
        {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december"},
        {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
            "novembro", "dezembro"},
        {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre"},
        // Peru and Uruguay spell September without the p.
        {"", "", "", "", "", "", "", "", "setiembre", "", "", ""},
        {"januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
            "november", "desember"},
        {"enero", "pebrero", "marso", "abril", "mayo", "hunyo", "hulyo", "agosto", "setyembre", "oktubre",
            "nobyembre", "disyembre"},
        {"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
            "ตุลาคม", "พฤศจิกายน", "ธันวาคม"},
        {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."},
        {"जनवरी", "फेब्रुअरी", "मार्च", "अप्रिल", "मे", "जुन", "जुलाई", "अगस्ट", "सेप्टेम्बर", "अक्टोबर",
            "नोभेम्बर", "डिसेम्बर"},
        {"ဇန်နဝါရီ", "ဖေဖော်ဝါရီ", "မတ်", "ဧပြီ", "မေ", "ဇွန်", "ဇူလိုင်", "ဩဂုတ်", "စက်တင်ဘာ",
            "အောက်တိုဘာ", "နိုဝင်ဘာ", "ဒီဇင်ဘာ"},
        // English abbreviations, including the four-letter "sept" many write.
        {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
        {"", "", "", "", "", "", "", "", "sept", "", "", ""},
    };

    private static final Map<DateLanguage, String[][]> OWN_ABBREVIATIONS = new EnumMap<>(Map.of(
        DateLanguage.PT_BR, new String[][] {
            {"jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"}},
        DateLanguage.ES, new String[][] {
            {"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"},
            {"", "", "", "", "", "", "", "", "set", "", "", ""}},
        DateLanguage.ID, new String[][] {
            {"jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov", "des"},
            // "Agt" and "Agus" are as common as CLDR's "Agu" in Indonesian print.
            {"", "", "", "", "", "", "", "agt", "", "", "", ""},
            {"", "", "", "", "", "", "", "agus", "", "", "", ""}},
        DateLanguage.FIL, new String[][] {
            {"ene", "peb", "mar", "abr", "may", "hun", "hul", "ago", "set", "okt", "nob", "dis"}}));

    private static final Map<String, Integer> EVERYWHERE = index(List.of(FULL_NAMES));
    private static final Map<DateLanguage, Map<String, Integer>> LOCAL = localIndex();

    /**
     * A regex alternative for a month name. In scripts that put spaces between words any whole word is taken
     * and looked up afterwards with {@link #month}: one hash lookup is far cheaper than trying a hundred names
     * at every position. Thai and Burmese do not separate words ("31มีนาคม", "မတ်လ"), so their names are
     * listed outright.
     */
    static final String ALTERNATION = "(?<![\\p{L}\\p{M}])[[\\p{L}\\p{M}]&&[^\\p{IsThai}\\p{IsMyanmar}]]++"
        + "|(?=[\\p{IsThai}\\p{IsMyanmar}])" + unspacedNames();

    private DateMonthNames() {}

    /** The month a matched name stands for, if that name counts in this conversation language. */
    static OptionalInt month(String name, DateLanguage language) {
        Integer month = EVERYWHERE.get(name);
        if (month == null) {
            month = LOCAL.getOrDefault(language, Map.of()).get(name);
        }
        return month == null ? OptionalInt.empty() : OptionalInt.of(month);
    }

    static boolean isThai(String name) {
        return !name.isEmpty() && Character.UnicodeScript.of(name.codePointAt(0)) == Character.UnicodeScript.THAI;
    }

    private static Map<DateLanguage, Map<String, Integer>> localIndex() {
        Map<DateLanguage, Map<String, Integer>> local = new EnumMap<>(DateLanguage.class);
        OWN_ABBREVIATIONS.forEach((language, rows) -> local.put(language, index(List.of(rows))));
        return Collections.unmodifiableMap(local);
    }

    private static Map<String, Integer> index(List<String[]> rows) {
        Map<String, Integer> months = new HashMap<>();
        for (String[] row : rows) {
            for (int i = 0; i < 12; i++) {
                if (!row[i].isEmpty()) {
                    String name = DateText.normalise(row[i]);
                    Integer before = months.put(name, i + 1);
                    if (before != null && before != i + 1) {
                        throw new IllegalStateException(name + " names two months: " + before + " and " + (i + 1));
                    }
                }
            }
        }
        return Map.copyOf(months);
    }

    private static String unspacedNames() {
        // Longest first, so that a name is never cut short by another that begins it.
        return EVERYWHERE.keySet().stream()
            .filter(DateMonthNames::isUnspacedScript)
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .map(Pattern::quote)
            .collect(Collectors.joining("|", "(?:", ")"));
    }

    private static boolean isUnspacedScript(String name) {
        Character.UnicodeScript script = Character.UnicodeScript.of(name.codePointAt(0));
        return script == Character.UnicodeScript.THAI || script == Character.UnicodeScript.MYANMAR;
    }
}
