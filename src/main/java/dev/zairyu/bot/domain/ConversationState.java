package dev.zairyu.bot.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a person is in a conversation and what they told us. Only what the answers need is kept
 * (status, dates, choices, language): nothing else about the person is stored.
 *
 * @param flow     the flow being run, or null when idle
 * @param step     the step waiting for an answer, or null when idle
 * @param slots    answers so far, by slot name (dates as ISO strings)
 * @param language the language to answer in (a catalog code such as {@code en})
 */
public record ConversationState(String flow, String step, Map<String, String> slots, String language) {
    public ConversationState {
        slots = Map.copyOf(slots == null ? Map.of() : slots);
        Objects.requireNonNull(language, "language");
    }

    public static ConversationState fresh(String language) {
        return new ConversationState(null, null, Map.of(), language);
    }

    public boolean idle() {
        return step == null;
    }

    public String slot(String name) {
        return slots.get(name);
    }

    public ConversationState at(String newFlow, String newStep) {
        return new ConversationState(newFlow, newStep, slots, language);
    }

    public ConversationState withSlot(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(slots);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return new ConversationState(flow, step, copy, language);
    }

    public ConversationState withLanguage(String newLanguage) {
        return new ConversationState(flow, step, slots, newLanguage);
    }
}
