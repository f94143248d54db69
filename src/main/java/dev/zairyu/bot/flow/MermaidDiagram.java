package dev.zairyu.bot.flow;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Draws a flow as a Mermaid state diagram, so content editors can see the whole conversation at once. */
public final class MermaidDiagram {
    private MermaidDiagram() {
    }

    public static String of(Content content, Flow flow) {
        StringBuilder out = new StringBuilder();
        out.append("---\ntitle: ").append(flow.id()).append(" (").append(flow.file()).append(")\n---\n");
        out.append("stateDiagram-v2\n");
        out.append("    [*] --> ").append(id(flow.id(), flow.start(), flow.id())).append('\n');
        Set<String> external = new LinkedHashSet<>();
        for (Step step : flow.steps().values()) {
            String from = id(flow.id(), step.id(), flow.id());
            if (step.ask() != null) {
                out.append("    ").append(from).append(" : ").append(step.id()).append(" (asks ")
                        .append(step.ask().type().name().toLowerCase(java.util.Locale.ROOT)).append(")\n");
            }
            if (step.ask() != null) {
                for (Option option : step.ask().options()) {
                    String target = option.next() != null ? option.next() : step.next();
                    edge(content, flow, from, target, option.value(), out, external);
                }
                if (step.ask().options().isEmpty()) {
                    edge(content, flow, from, step.next(), null, out, external);
                }
            } else {
                for (Map.Entry<String, String> branch : step.on().entrySet()) {
                    edge(content, flow, from, branch.getValue(), branch.getKey(), out, external);
                }
                if (step.next() != null || step.on().isEmpty()) {
                    edge(content, flow, from, step.next(), null, out, external);
                }
            }
        }
        for (String name : external) {
            out.append("    state \"").append(name).append("\" as ").append(name.replace(':', '_')).append('\n');
        }
        return out.toString();
    }

    private static void edge(Content content, Flow flow, String from, String target, String label, StringBuilder out,
                             Set<String> external) {
        String to;
        Content.Target resolved = target == null ? null : content.resolve(flow.id(), target);
        if (resolved == null) {
            to = "[*]";
        } else if (resolved.flow().equals(flow.id())) {
            to = id(flow.id(), resolved.step(), flow.id());
        } else {
            String name = resolved.flow() + ":" + resolved.step();
            external.add(name);
            to = name.replace(':', '_');
        }
        out.append("    ").append(from).append(" --> ").append(to);
        if (label != null) {
            out.append(" : ").append(label);
        }
        out.append('\n');
    }

    private static String id(String flowId, String stepId, String current) {
        return flowId.equals(current) ? stepId : flowId + "_" + stepId;
    }
}
