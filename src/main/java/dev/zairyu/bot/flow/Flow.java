package dev.zairyu.bot.flow;

import java.util.List;
import java.util.Map;

/**
 * One conversation flow as written in {@code conversation-flows/<id>.yaml}.
 *
 * @param triggers phrases that start this flow when a person types them (any language, case-insensitive)
 */
public record Flow(String id, String file, String start, List<String> triggers, Map<String, Step> steps) {
    public Flow {
        triggers = triggers == null ? List.of() : List.copyOf(triggers);
        steps = steps == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(steps));
    }

    public Step step(String stepId) {
        return steps.get(stepId);
    }
}
