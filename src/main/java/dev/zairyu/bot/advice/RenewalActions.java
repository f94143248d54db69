package dev.zairyu.bot.advice;

import dev.zairyu.bot.engine.FlowAction;
import dev.zairyu.bot.flow.ActionSpec;
import java.util.Map;
import java.util.stream.Collectors;

/** The named actions the renewal flows may call ({@code action:} in a flow file). */
public final class RenewalActions {
    private RenewalActions() {
    }

    public static Map<String, FlowAction> all() {
        return Map.of(
                "classify", new Classify(),
                "extension_timeline", new ExtensionAdvice(),
                "card_timeline", new CardValidityAdvice(false),
                "child_card_timeline", new CardValidityAdvice(true),
                "child_card_route", new ChildCardRoute());
    }

    public static Map<String, ActionSpec> specs() {
        return all().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().spec()));
    }
}
