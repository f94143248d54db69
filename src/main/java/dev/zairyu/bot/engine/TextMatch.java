package dev.zairyu.bot.engine;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Loose comparison of what a person typed with a label or a phrase: width, case, spacing and end punctuation ignored. */
final class TextMatch {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$");

    private TextMatch() {
    }

    static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return SPACES.matcher(EDGE_PUNCTUATION.matcher(folded).replaceAll("")).replaceAll(" ");
    }

    /**
     * True when {@code phrase} occurs in {@code text} as whole words. Scripts written without spaces
     * (Japanese, Chinese, Thai...) match anywhere.
     */
    static boolean containsPhrase(String normalizedText, String phrase) {
        return containsNormalized(normalizedText, normalize(phrase));
    }

    /** As {@link #containsPhrase}, with the phrase already normalized. */
    static boolean containsNormalized(String normalizedText, String p) {
        if (p.isEmpty()) {
            return false;
        }
        int at = normalizedText.indexOf(p);
        while (at >= 0) {
            boolean startOk = at == 0 || !wordChar(normalizedText.charAt(at - 1)) || !wordChar(p.charAt(0));
            int end = at + p.length();
            boolean endOk = end == normalizedText.length() || !wordChar(normalizedText.charAt(end)) || !wordChar(p.charAt(p.length() - 1));
            if (startOk && endOk) {
                return true;
            }
            at = normalizedText.indexOf(p, at + 1);
        }
        return false;
    }

    /** Letters of spaced scripts; CJK, kana and Thai are not word-bounded. */
    private static boolean wordChar(char c) {
        if (!Character.isLetterOrDigit(c)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, THAI, MYANMAR -> false;
            default -> true;
        };
    }
}
