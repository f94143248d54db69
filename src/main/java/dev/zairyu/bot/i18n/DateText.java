package dev.zairyu.bot.i18n;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Brings what people type into one shape so the date patterns stay few: ASCII digits, ASCII separators,
 * lower case, and Latin letters without accents (people type "marco" for "março" and "thang" for "tháng").
 */
final class DateText {

    // Dashes a phone keyboard or a Japanese IME produces instead of '-'; ー is the katakana long-vowel
    // mark, which IMEs give for the minus key in kana mode.
    private static final String DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFE63";
    private static final String SLASHES = "\u2044\u2215";
    private static final char MYANMAR_LETTER_WA = '\u101D';

    private DateText() {}

    static String normalise(String raw) {
        if (isPlainAscii(raw)) {
            return raw.toLowerCase(Locale.ROOT);
        }
        // NFKC turns full-width forms into ASCII (２０２７／３／３１) and the era ligature ㋿ into 令和.
        String compatible = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(compatible.length());
        compatible.codePoints().forEach(cp -> out.appendCodePoint(simplify(cp)));
        repairMyanmarZeros(out);
        return withoutLatinAccents(out.toString());
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static int simplify(int cp) {
        // Any script's decimal digits (Thai ๓, Devanagari ३, Myanmar ၃ …) count the same as ASCII ones.
        if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
            return '0' + Character.digit(cp, 10);
        }
        if (DASHES.indexOf(cp) >= 0) {
            return '-';
        }
        if (SLASHES.indexOf(cp) >= 0) {
            return '/';
        }
        return Character.toLowerCase(cp);
    }

    /**
     * Burmese text often carries the letter ဝ where the digit ၀ was meant (they look identical), so a
     * ဝ touching a digit is read as zero.
     */
    private static void repairMyanmarZeros(StringBuilder s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == MYANMAR_LETTER_WA && (isAsciiDigitAt(s, i - 1) || isAsciiDigitAt(s, i + 1))) {
                s.setCharAt(i, '0');
            }
        }
    }

    private static boolean isAsciiDigitAt(CharSequence s, int i) {
        return i >= 0 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    /** Strips only marks sitting on Latin letters: Thai, Devanagari and Myanmar need theirs to spell anything. */
    private static String withoutLatinAccents(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean afterLatin = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            boolean mark = Character.getType(cp) == Character.NON_SPACING_MARK;
            if (mark && afterLatin) {
                continue;
            }
            if (!mark) {
                afterLatin = Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
            }
            out.appendCodePoint(cp);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
