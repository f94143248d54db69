package dev.zairyu.bot.engine;

import dev.zairyu.bot.domain.ReminderCommand;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * @param vars      message arguments (dates as {@link java.time.LocalDate}, written in the person's language)
 * @param slots     answers the action records (a null value removes one)
 * @param reminders changes to the person's reminders
 */
public record ActionResult(String outcome, Map<String, Object> vars, Set<String> flags, Map<String, String> slots,
                           List<ReminderCommand> reminders) {
    public ActionResult {
        vars = Map.copyOf(vars);
        flags = Set.copyOf(flags);
        slots = slots == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(slots));
        reminders = List.copyOf(reminders);
    }

    public ActionResult(String outcome, Map<String, Object> vars, Set<String> flags) {
        this(outcome, vars, flags, Map.of(), List.of());
    }
}
