package dev.zairyu.bot.flow;

import java.util.List;
import java.util.Map;

/**
 * The free-question FAQ from {@code conversation-flows/faq/}: entries (with their sources and review
 * date), their words per language, and concept groups that make the same idea match across words and
 * languages ("My Number" = マイナンバー = 个人编号).
 *
 * @param concepts concept id → phrases in any language that mean it
 * @param notOurs  language → questions near the FAQ's topics that it must not answer ("how do I renew my
 *                 passport?"): a question closer to one of these than to any entry is declined
 */
public record Faq(Map<String, Entry> entries, Map<String, List<String>> concepts, Map<String, List<String>> notOurs) {
    public Faq {
        entries = Map.copyOf(entries);
        concepts = Map.copyOf(concepts);
        notOurs = Map.copyOf(notOurs);
    }

    public Faq(Map<String, Entry> entries, Map<String, List<String>> concepts) {
        this(entries, concepts, Map.of());
    }

    public static Faq none() {
        return new Faq(Map.of(), Map.of());
    }

    /** @param texts language code → the entry's words in that language */
    public record Entry(String id, List<String> sources, List<String> facts, String reviewed, Map<String, Text> texts) {
        public Entry {
            sources = List.copyOf(sources);
            facts = List.copyOf(facts);
            texts = Map.copyOf(texts);
        }
    }

    /** @param title a short button label (at most 20 characters) */
    public record Text(String title, List<String> questions, String answer) {
        public Text {
            questions = List.copyOf(questions);
        }
    }
}
