package dev.zairyu.bot.flow;

import dev.zairyu.bot.i18n.Catalog;
import java.util.List;
import java.util.Map;

/**
 * Everything in {@code conversation-flows/}: flows, message catalogs, sources, command phrases and the
 * reminder schedule.
 * Immutable; reloading builds a new one.
 *
 * @param commands      command name → phrases that invoke it (restart, help, ...)
 * @param keepOnRestart slots that survive "start over" (preferences such as reminders)
 */
public record Content(Map<String, Flow> flows, String defaultFlow, String menuFlow, String reminderFlow,
                      List<String> keepOnRestart, Map<String, List<String>> commands, Map<String, Source> sources, Catalog catalog,
                      ReminderSchedule reminders, Faq faq) {
    public static final String END = "end";

    public Content {
        flows = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(flows));
        keepOnRestart = List.copyOf(keepOnRestart);
        commands = Map.copyOf(commands);
        sources = Map.copyOf(sources);
    }

    public Flow flow(String id) {
        return flows.get(id);
    }

    /** Resolves a target written in {@code fromFlow}: {@code step}, {@code flow:step}, {@code flow:} (its start) or {@code end}. */
    public Target resolve(String fromFlow, String target) {
        if (END.equals(target)) {
            return null;
        }
        int colon = target.indexOf(':');
        String flowId = colon < 0 ? fromFlow : target.substring(0, colon);
        String stepId = colon < 0 ? target : target.substring(colon + 1);
        Flow flow = flows.get(flowId);
        if (flow == null) {
            throw new IllegalArgumentException("unknown flow '" + flowId + "'");
        }
        if (stepId.isEmpty()) {
            stepId = flow.start();
        }
        if (flow.step(stepId) == null) {
            throw new IllegalArgumentException("unknown step '" + stepId + "' in flow '" + flowId + "'");
        }
        return new Target(flowId, stepId);
    }

    public record Target(String flow, String step) {
    }
}
