package dev.zairyu.bot.engine;

import java.util.Map;
import java.util.Set;

/** @param vars message arguments (dates as {@link java.time.LocalDate}, written in the person's language) */
public record ActionResult(String outcome, Map<String, Object> vars, Set<String> flags) {
    public ActionResult {
        vars = Map.copyOf(vars);
        flags = Set.copyOf(flags);
    }
}
