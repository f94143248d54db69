package dev.zairyu.bot.flow;

import java.util.List;
import java.util.Map;

/**
 * One state of a flow. Runs in this order: {@code action} (a named rule that computes values and an
 * outcome), {@code say} (messages, each optionally conditional), then either {@code ask} (wait for the
 * person) or move on through {@code on} (by outcome) or {@code next}.
 *
 * @param sources  ids from {@code sources.yaml}: a step that states a procedure names where it comes from
 * @param reviewed the date a person last checked the step's statements against the sources
 */
public record Step(String id, String action, List<Say> say, Ask ask, Map<String, String> on, String next,
                   List<String> sources, String reviewed) {
    public Step {
        say = say == null ? List.of() : List.copyOf(say);
        on = on == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(on));
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public Step withId(String newId) {
        return new Step(newId, action, say, ask, on, next, sources, reviewed);
    }

    /** Every target this step can move to, for validation and diagrams. */
    public List<String> targets() {
        List<String> all = new java.util.ArrayList<>();
        if (next != null) {
            all.add(next);
        }
        all.addAll(on.values());
        if (ask != null) {
            ask.options().stream().map(Option::next).filter(java.util.Objects::nonNull).forEach(all::add);
        }
        return all;
    }
}
