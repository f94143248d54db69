package dev.zairyu.bot.advice;

import dev.zairyu.bot.engine.FlowAction;
import dev.zairyu.bot.flow.ActionSpec;
import dev.zairyu.bot.flow.ReminderSchedule;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The named actions the renewal flows may call ({@code action:} in a flow file). */
public final class RenewalActions {
    private RenewalActions() {
    }

    /** @param schedule the reminder schedule of the content the actions serve */
    public static Map<String, FlowAction> all(ReminderSchedule schedule) {
        Map<String, FlowAction> actions = new HashMap<>(Map.of(
                "classify", new Classify(),
                "extension_timeline", new ExtensionAdvice(),
                "card_timeline", new CardValidityAdvice(false),
                "child_card_timeline", new CardValidityAdvice(true),
                "child_card_route", new ChildCardRoute()));
        actions.putAll(ReminderActions.all(schedule));
        return Map.copyOf(actions);
    }

    /** What each action may produce, for checking flows; reminder flags come from {@code schedule}. */
    public static Map<String, ActionSpec> specs(ReminderSchedule schedule) {
        return all(schedule).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().spec()));
    }
}
