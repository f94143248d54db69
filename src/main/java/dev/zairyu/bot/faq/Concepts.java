package dev.zairyu.bot.faq;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rewrites the phrases of {@code faq/concepts.yaml} into one token per concept before analysis, in the
 * questions indexed and in the question asked, so "My Number", "マイナンバー" and "个人编号" are the same
 * word to the matcher in every language.
 */
final class Concepts {
    private record Phrase(String text, String token, boolean spaced) {
    }

    /** The group of phrases that carry no meaning for matching ("is there a way to", "please tell me"): removed. */
    static final String IGNORE = "ignore";

    private final List<Phrase> phrases = new ArrayList<>();

    Concepts(Map<String, List<String>> concepts) {
        concepts.forEach((id, variants) -> {
            String token = id.equals(IGNORE) ? " " : " zzc" + id.replaceAll("[^a-z0-9]", "") + " ";
            variants.forEach(v -> {
                String normalized = normalize(v);
                if (!normalized.isBlank()) {
                    phrases.add(new Phrase(normalized, token, normalized.chars().anyMatch(Character::isLetter)
                            && normalized.chars().filter(Character::isLetter).allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)));
                }
            });
        });
        // Longest first, so "my number card" wins over "my number".
        phrases.sort(Comparator.comparingInt((Phrase p) -> p.text().length()).reversed());
    }

    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    String rewrite(String text) {
        String result = normalize(text);
        for (Phrase phrase : phrases) {
            if (phrase.spaced()) {
                result = replaceWords(result, phrase.text(), phrase.token());
            } else if (result.contains(phrase.text())) {
                result = result.replace(phrase.text(), phrase.token());
            }
        }
        return result;
    }

    /** Latin phrases replace only whole words: "card" must not eat "cardboard". */
    private static String replaceWords(String text, String phrase, String token) {
        int at = text.indexOf(phrase);
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (at >= 0) {
            int end = at + phrase.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                out.append(text, from, at).append(token);
                from = end;
            }
            at = text.indexOf(phrase, at + 1);
            if (at >= 0 && at < from) {
                at = text.indexOf(phrase, from);
            }
        }
        return out.append(text.substring(from)).toString();
    }
}
