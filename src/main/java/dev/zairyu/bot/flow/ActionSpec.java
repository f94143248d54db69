package dev.zairyu.bot.flow;

import java.util.Set;

/** What a named action may produce, so flow files can be checked before anyone talks to the bot. */
public record ActionSpec(Set<String> outcomes, Set<String> flags) {
    public ActionSpec {
        outcomes = Set.copyOf(outcomes);
        flags = Set.copyOf(flags);
    }
}
