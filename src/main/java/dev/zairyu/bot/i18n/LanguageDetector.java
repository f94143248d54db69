package dev.zairyu.bot.i18n;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of the bot's languages a message is written in, made for short chat messages and restricted to
 * those languages. Scripts decide most: kana → Japanese, Hangul → Korean, Devanagari → Nepali, Myanmar
 * → Burmese, Thai; Han characters → simplified or traditional Chinese (or Japanese written in kanji
 * only) by characters found in one system only. Latin-script messages are told apart by Vietnamese
 * letters, then by the function words and spellings of English, Portuguese, Spanish, Indonesian and
 * Filipino. When the message is too short or unclear, the answer is empty: the caller keeps the
 * language it had rather than guess.
 */
public final class LanguageDetector {
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final String VIETNAMESE = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";
    private static final Map<String, Set<String>> WORDS = Map.of(
            "en", Set.of("the", "i", "my", "me", "can", "how", "when", "what", "where", "is", "do", "does", "are", "a", "an", "to",
                    "of", "for", "it", "if", "should", "need", "have", "has", "will", "you", "your", "apply", "card", "renew",
                    "visa", "with", "which", "who", "much", "long", "expired", "lost", "fee", "online", "please", "about", "there"),
            "pt-BR", Set.of("o", "a", "os", "as", "eu", "meu", "minha", "não", "nao", "posso", "como", "quando", "qual", "quanto",
                    "é", "e", "de", "do", "da", "para", "pra", "com", "um", "uma", "que", "se", "preciso", "cartão", "cartao",
                    "renovar", "visto", "perdi", "pedido", "taxa", "onde", "fazer", "isso", "já", "ja", "tenho", "vou"),
            "es", Set.of("el", "la", "los", "las", "yo", "mi", "no", "puedo", "cómo", "como", "cuándo", "cuando", "cuál", "cual",
                    "cuánto", "cuanto", "es", "y", "de", "del", "para", "con", "un", "una", "que", "si", "necesito", "tarjeta",
                    "renovar", "visa", "perdí", "perdi", "solicitud", "tasa", "dónde", "donde", "hacer", "ya", "tengo", "voy", "hay"),
            "id", Set.of("saya", "apakah", "bisa", "bagaimana", "kapan", "berapa", "di", "ke", "dari", "yang", "untuk", "dengan",
                    "tidak", "tak", "kartu", "izin", "tinggal", "perpanjang", "memperpanjang", "hilang", "biaya", "harus", "sudah",
                    "belum", "ini", "itu", "dan", "atau", "mana", "apa", "online", "mengajukan", "perlu", "dimana", "boleh"),
            // Vietnamese typed without its diacritics (common on phones without a Vietnamese keyboard).
            "vi", Set.of("toi", "co", "khong", "duoc", "lam", "sao", "nao", "bao", "gio", "cua", "cho", "va", "la", "minh",
                    "hay", "nay", "roi", "chua", "can", "phai", "bi", "het", "han", "ho", "so", "nop", "den", "tai", "voi",
                    "thi", "ve", "gi", "the", "cu", "tru", "gia", "xin", "ban", "em", "anh", "chi", "nhung", "cac", "mot"),
            "fil", Set.of("ako", "ang", "ng", "mga", "po", "ba", "paano", "kailan", "magkano", "saan", "ko", "sa", "na", "ay",
                    "hindi", "pwede", "puwede", "kailangan", "nawala", "nawawala", "card", "ano", "kung", "may", "wala",
                    "mag", "ito", "iyan", "yung", "yun", "naman", "lang", "din", "rin", "ninyo", "natin", "namin", "siya"));
    private static final List<String> LATIN = List.of("en", "pt-BR", "es", "id", "fil", "vi");

    public LanguageDetector() {
    }

    /**
     * The language of {@code text} for someone currently spoken to in {@code current}: Japanese written
     * in kanji only is indistinguishable from Chinese, so it does not move a Japanese conversation to
     * Chinese; and writing Japanese does not move someone from easy Japanese to Japanese.
     */
    public Optional<String> detect(String text, String current) {
        Optional<String> detected = detect(text);
        if (detected.isEmpty() || current == null) {
            return detected;
        }
        String language = detected.get();
        boolean japaneseNow = current.equals("ja") || current.equals("ja-easy");
        if (japaneseNow && (language.startsWith("zh") || language.equals("ja"))) {
            return Optional.empty();
        }
        return detected;
    }

    public Optional<String> detect(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        int kana = 0;
        int hangul = 0;
        int devanagari = 0;
        int myanmar = 0;
        int thai = 0;
        int han = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case DEVANAGARI -> devanagari++;
                case MYANMAR -> myanmar++;
                case THAI -> thai++;
                case HAN -> han++;
                case LATIN -> latin++;
                default -> { }
            }
        }
        if (kana > 0) {
            return Optional.of("ja");
        }
        if (hangul >= 2) {
            return Optional.of("ko");
        }
        if (devanagari >= 2) {
            return Optional.of("ne");
        }
        if (myanmar >= 2) {
            return Optional.of("my");
        }
        if (thai >= 2) {
            return Optional.of("th");
        }
        if (han >= 2 && han >= latin) {
            return switch (ChineseScript.of(text)) {
                case SIMPLIFIED -> Optional.of("zh-Hans");
                case TRADITIONAL -> Optional.of("zh-Hant");
                case JAPANESE -> Optional.of("ja");
                case UNCLEAR -> Optional.empty();
            };
        }
        return latin >= 3 ? latin(text) : Optional.empty();
    }

    private static Optional<String> latin(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (VIETNAMESE.indexOf(lower.charAt(i)) >= 0) {
                return Optional.of("vi");
            }
        }
        Map<String, Integer> scores = new HashMap<>();
        if (lower.indexOf('ç') >= 0 || lower.indexOf('ã') >= 0 || lower.indexOf('õ') >= 0) {
            scores.merge("pt-BR", 2, Integer::sum);
        }
        if (lower.indexOf('ñ') >= 0 || lower.indexOf('¿') >= 0 || lower.indexOf('¡') >= 0) {
            scores.merge("es", 2, Integer::sum);
        }
        var words = WORD.matcher(Normalizer.normalize(lower, Normalizer.Form.NFC));
        int count = 0;
        while (words.find()) {
            count++;
            String word = words.group();
            for (String language : LATIN) {
                if (WORDS.get(language).contains(word)) {
                    scores.merge(language, 1, Integer::sum);
                }
            }
        }
        String best = null;
        int bestScore = 0;
        int second = 0;
        for (String language : LATIN) {
            int score = scores.getOrDefault(language, 0);
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = language;
            } else if (score > second) {
                second = score;
            }
        }
        // A clear lead, on a message of more than a word or two: otherwise keep the language we had.
        boolean clear = bestScore >= 2 && bestScore > second || bestScore == 1 && second == 0 && count >= 2;
        return clear ? Optional.of(best) : Optional.empty();
    }
}
