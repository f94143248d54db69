package dev.zairyu.bot.flow;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A message by catalog key, said only when {@code when} holds. {@code when} names a flag set by the
 * step's action; a leading {@code !} negates it.
 */
public record Say(String key, String when) {
    @JsonCreator
    public Say(@JsonProperty("key") String key, @JsonProperty("when") String when) {
        this.key = key;
        this.when = when;
    }

    /** Lets a flow file write the common case as a plain key. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Say of(String key) {
        return new Say(key, null);
    }

    public boolean holds(java.util.Set<String> flags) {
        if (when == null) {
            return true;
        }
        return when.startsWith("!") ? !flags.contains(when.substring(1)) : flags.contains(when);
    }

    public String flag() {
        return when == null ? null : when.startsWith("!") ? when.substring(1) : when;
    }
}
