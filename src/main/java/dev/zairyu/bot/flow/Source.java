package dev.zairyu.bot.flow;

import java.util.List;

/**
 * An official page an answer rests on, from {@code conversation-flows/sources.yaml}.
 *
 * @param title catalog key of the page's name in the person's language
 * @param facts the lines of FACTS.md it backs (A1, B3, ...)
 */
public record Source(String id, String title, String url, List<String> facts) {
    public Source {
        facts = facts == null ? List.of() : List.copyOf(facts);
    }
}
