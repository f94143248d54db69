package dev.zairyu.bot.flow;

import dev.zairyu.bot.i18n.Catalog;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks flows against each other, the catalog, the sources and the known actions. One problem per
 * defect, each naming the file, flow and step, so a content editor can fix them all in one pass.
 */
final class FlowValidator {
    /** LINE cuts quick-reply labels at 20 characters; a cut label is a confusing button. */
    static final int MAX_LABEL = 20;

    private final Content content;
    private final Map<String, ActionSpec> actions;
    private final Set<String> knownFlags = new HashSet<>();
    private final List<String> problems = new ArrayList<>();

    FlowValidator(Content content, Map<String, ActionSpec> actions) {
        this.content = content;
        this.actions = actions;
        actions.values().forEach(spec -> knownFlags.addAll(spec.flags()));
    }

    List<String> validate() {
        if (content.flow(content.defaultFlow()) == null) {
            problems.add(ContentLoader.BOT_FILE + ": default_flow '" + content.defaultFlow() + "' is not a flow");
        }
        if (content.menuFlow() != null && content.flow(content.menuFlow()) == null) {
            problems.add(ContentLoader.BOT_FILE + ": menu_flow '" + content.menuFlow() + "' is not a flow");
        }
        if (content.reminderFlow() != null && content.flow(content.reminderFlow()) == null) {
            problems.add(ContentLoader.BOT_FILE + ": reminder_flow '" + content.reminderFlow() + "' is not a flow");
        }
        content.commands().keySet().stream().filter(c -> c.contains(":")).forEach(command -> {
            try {
                content.resolve(content.defaultFlow(), command);
            } catch (IllegalArgumentException e) {
                problems.add(ContentLoader.BOT_FILE + ": command '" + command + "': " + e.getMessage());
            }
        });
        for (String kind : content.reminders().kinds()) {
            requireMessage(ContentLoader.REMINDERS_FILE + ", reminder '" + kind + "': ", "reminder." + kind);
        }
        content.sources().values().forEach(this::checkSource);
        content.faq().entries().values().forEach(this::checkFaq);
        Set<String> reached = new HashSet<>();
        for (Flow flow : content.flows().values()) {
            checkFlow(flow, reached);
        }
        for (Flow flow : content.flows().values()) {
            for (String stepId : flow.steps().keySet()) {
                if (!reached.contains(flow.id() + ":" + stepId)) {
                    problems.add(where(flow, stepId) + "unreachable: no step leads here");
                }
            }
        }
        return problems;
    }

    private void checkSource(Source source) {
        String at = ContentLoader.SOURCES_FILE + ", source '" + source.id() + "': ";
        if (source.url() == null || !source.url().startsWith("https://")) {
            problems.add(at + "url must be an https:// address");
        }
        requireMessage(at, source.title());
    }

    private void checkFlow(Flow flow, Set<String> reached) {
        if (flow.steps().isEmpty()) {
            problems.add(flow.file() + ": flow '" + flow.id() + "' has no steps");
            return;
        }
        if (flow.start() == null || flow.step(flow.start()) == null) {
            problems.add(flow.file() + ": flow '" + flow.id() + "': start step '" + flow.start() + "' does not exist");
        } else {
            walk(flow.id(), flow.start(), reached);
        }
        for (Step step : flow.steps().values()) {
            if (step == null) {
                continue;
            }
            checkStep(flow, step);
        }
    }

    private void walk(String flowId, String stepId, Set<String> reached) {
        Deque<String[]> todo = new ArrayDeque<>();
        todo.add(new String[] {flowId, stepId});
        while (!todo.isEmpty()) {
            String[] at = todo.poll();
            if (!reached.add(at[0] + ":" + at[1])) {
                continue;
            }
            Step step = content.flow(at[0]).step(at[1]);
            if (step == null) {
                continue;
            }
            for (String target : step.targets()) {
                try {
                    Content.Target t = content.resolve(at[0], target);
                    if (t != null) {
                        todo.add(new String[] {t.flow(), t.step()});
                    }
                } catch (IllegalArgumentException unknown) {
                    // reported by checkStep
                }
            }
        }
    }

    private void checkStep(Flow flow, Step step) {
        String at = where(flow, step.id());
        for (String target : step.targets()) {
            try {
                content.resolve(flow.id(), target);
            } catch (IllegalArgumentException e) {
                problems.add(at + "target '" + target + "': " + e.getMessage());
            }
        }
        ActionSpec spec = null;
        if (step.action() != null) {
            spec = actions.get(step.action());
            if (spec == null) {
                problems.add(at + "unknown action '" + step.action() + "' (known: " + actions.keySet() + ")");
            }
        }
        if (!step.on().isEmpty()) {
            if (spec == null) {
                problems.add(at + "'on' needs an action whose outcome it branches on");
            } else {
                for (String outcome : step.on().keySet()) {
                    if (!spec.outcomes().contains(outcome)) {
                        problems.add(at + "action '" + step.action() + "' has no outcome '" + outcome + "'");
                    }
                }
                if (step.next() == null) {
                    for (String outcome : spec.outcomes()) {
                        if (!step.on().containsKey(outcome)) {
                            problems.add(at + "outcome '" + outcome + "' of '" + step.action() + "' leads nowhere (add it to 'on' or add 'next')");
                        }
                    }
                }
            }
        }
        for (Say say : step.say()) {
            requireMessage(at, say.key());
            if (say.flag() != null && !knownFlags.contains(say.flag())) {
                problems.add(at + "condition '" + say.when() + "' is not a flag any action sets");
            }
        }
        if (!step.say().isEmpty() && step.say().stream().allMatch(s -> s.key() == null)) {
            problems.add(at + "'say' has no message key");
        }
        checkSources(at, step);
        if (step.ask() != null) {
            checkAsk(at, step);
        }
    }

    private void checkSources(String at, Step step) {
        for (String id : step.sources()) {
            if (!content.sources().containsKey(id)) {
                problems.add(at + "unknown source '" + id + "' (not in " + ContentLoader.SOURCES_FILE + ")");
            }
        }
        if (!step.sources().isEmpty()) {
            if (step.reviewed() == null) {
                problems.add(at + "a step with sources needs 'reviewed: YYYY-MM-DD'");
            } else {
                try {
                    LocalDate.parse(step.reviewed());
                } catch (DateTimeParseException e) {
                    problems.add(at + "reviewed '" + step.reviewed() + "' is not a YYYY-MM-DD date");
                }
            }
        }
    }

    private void checkAsk(String at, Step step) {
        Ask ask = step.ask();
        if (ask.type() == null) {
            problems.add(at + "ask needs a type (choice, date or text)");
            return;
        }
        requireMessage(at, ask.prompt());
        if (ask.retry() != null) {
            requireMessage(at, ask.retry());
        }
        if (ask.type() == Ask.Type.CHOICE) {
            if (ask.options().isEmpty()) {
                problems.add(at + "a choice question needs options");
            }
            if (ask.options().size() > 13) {
                problems.add(at + ask.options().size() + " options: LINE shows at most 13 quick replies");
            }
            Set<String> values = new HashSet<>();
            for (Option option : ask.options()) {
                if (option.value() == null || !values.add(option.value())) {
                    problems.add(at + "option value '" + option.value() + "' is missing or repeated");
                }
                if (option.value() != null && option.value().contains("|")) {
                    problems.add(at + "option value '" + option.value() + "' must not contain '|'");
                }
                requireMessage(at, option.label());
                checkLabelLength(at, option.label());
            }
            boolean everyOptionLeads = !ask.options().isEmpty() && ask.options().stream().allMatch(o -> o.next() != null);
            if (step.next() == null && !everyOptionLeads) {
                problems.add(at + "some options lead nowhere: add 'next' to the step or to each option");
            }
        } else {
            if (!ask.options().isEmpty()) {
                problems.add(at + "only choice questions have options");
            }
            if (ask.slot() == null) {
                problems.add(at + "a " + ask.type().name().toLowerCase(java.util.Locale.ROOT) + " question needs a slot to keep the answer in");
            }
            if (step.next() == null) {
                problems.add(at + "a question needs 'next'");
            }
        }
    }

    private void checkFaq(Faq.Entry entry) {
        String at = ContentLoader.FAQ_DIR + ", entry '" + entry.id() + "': ";
        if (entry.sources().isEmpty()) {
            problems.add(at + "an answer needs at least one source");
        }
        for (String id : entry.sources()) {
            if (!content.sources().containsKey(id)) {
                problems.add(at + "unknown source '" + id + "' (not in " + ContentLoader.SOURCES_FILE + ")");
            }
        }
        if (entry.reviewed() == null || !entry.reviewed().matches("\\d{4}-\\d{2}-\\d{2}")) {
            problems.add(at + "needs 'reviewed: YYYY-MM-DD'");
        }
        if (!entry.texts().containsKey(Catalog.FALLBACK)) {
            problems.add(at + "has no English text in " + ContentLoader.FAQ_DIR + "/" + Catalog.FALLBACK + ".yaml");
        }
        entry.texts().forEach((language, text) -> {
            if (text.title() == null || text.title().codePointCount(0, text.title().length()) > MAX_LABEL) {
                problems.add(at + "title in " + language + " is missing or longer than " + MAX_LABEL + " characters");
            }
            if (text.answer() == null || text.answer().isBlank() || text.questions().isEmpty()) {
                problems.add(at + "in " + language + " needs questions and an answer");
            }
        });
    }

    private void requireMessage(String at, String key) {
        if (key == null) {
            problems.add(at + "a message key is missing");
        } else if (!content.catalog().has(Catalog.FALLBACK, key)) {
            problems.add(at + "message '" + key + "' is not in messages/" + Catalog.FALLBACK + ".yaml");
        }
    }

    private void checkLabelLength(String at, String key) {
        if (key == null) {
            return;
        }
        for (String lang : content.catalog().languages()) {
            if (content.catalog().has(lang, key)) {
                String label = content.catalog().render(lang, key);
                if (label.codePointCount(0, label.length()) > MAX_LABEL) {
                    problems.add(at + "label '" + key + "' in " + lang + " is longer than " + MAX_LABEL + " characters: " + label);
                }
            }
        }
    }

    private static String where(Flow flow, String stepId) {
        return flow.file() + ", flow '" + flow.id() + "', step '" + stepId + "': ";
    }
}
