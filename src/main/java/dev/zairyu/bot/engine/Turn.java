package dev.zairyu.bot.engine;

import dev.zairyu.bot.domain.Channel;
import dev.zairyu.bot.domain.ConversationState;
import dev.zairyu.bot.domain.OutboundMessage;
import dev.zairyu.bot.domain.ReminderCommand;
import dev.zairyu.bot.domain.Transition;
import dev.zairyu.bot.flow.Ask;
import dev.zairyu.bot.flow.Content;
import dev.zairyu.bot.flow.Faq;
import dev.zairyu.bot.flow.Flow;
import dev.zairyu.bot.flow.Option;
import dev.zairyu.bot.flow.Say;
import dev.zairyu.bot.flow.Source;
import dev.zairyu.bot.flow.Step;
import dev.zairyu.bot.i18n.Catalog;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/** One turn in progress: walks steps from an answer to the next question, collecting what to say. */
final class Turn {
    /** A flow that runs this many steps without asking anything is looping; stop rather than spin. */
    private static final int MAX_STEPS = 64;

    private final Content content;
    private final Map<String, FlowAction> actions;
    private final ZonedDateTime now;
    private final LocalDate today;
    private final Channel channel;
    private final List<ReminderCommand> reminders = new ArrayList<>();
    private final List<OutboundMessage> out = new ArrayList<>();
    private final Set<String> flags = new HashSet<>();
    private final Map<String, Object> vars = new HashMap<>();
    private ConversationState state;

    Turn(Content content, Map<String, FlowAction> actions, ConversationState state, ZonedDateTime now, Channel channel) {
        this.content = content;
        this.actions = actions;
        this.state = state;
        this.now = now;
        this.today = now.toLocalDate();
        this.channel = channel;
    }

    ConversationState state() {
        return state;
    }

    LocalDate today() {
        return today;
    }

    Transition finish() {
        return new Transition(state, out, false, reminders);
    }

    boolean saidSomething() {
        return !out.isEmpty();
    }

    List<ReminderCommand> reminderCommands() {
        return reminders;
    }

    void slot(String name, String value) {
        state = state.withSlot(name, value);
    }

    Transition forget() {
        ConversationState fresh = ConversationState.fresh(state.language());
        return new Transition(fresh, List.of(OutboundMessage.text(render("common.forgotten"))), true);
    }

    /** The question the person is expected to answer, or null (idle, or the content changed under them). */
    Step pendingStep() {
        if (state.idle()) {
            return null;
        }
        Flow flow = content.flow(state.flow());
        Step step = flow == null ? null : flow.step(state.step());
        return step != null && step.ask() != null ? step : null;
    }

    void restart() {
        ConversationState fresh = ConversationState.fresh(state.language());
        for (String kept : content.keepOnRestart()) {
            fresh = fresh.withSlot(kept, state.slot(kept));
        }
        state = fresh;
        start(content.defaultFlow());
    }

    void start(String flowId) {
        run(flowId, content.flow(flowId).start());
    }

    void goTo(String flowId, String stepId) {
        run(flowId, stepId);
    }

    void menu() {
        if (content.menuFlow() == null) {
            state = state.at(null, null);
        } else {
            start(content.menuFlow());
        }
    }

    /** After an aside (an FAQ answer), the pending question again, so the flow resumes where it was. */
    void repeatQuestionIfAny() {
        Step pending = pendingStep();
        if (pending != null) {
            ask(state.flow(), pending);
        }
    }

    /** The language the person chose: kept from now on, whatever they write. */
    void chooseLanguage(String code) {
        state = state.withLanguage(code).withSlot(Engine.LANGUAGE_LOCKED_SLOT, "yes");
    }

    /** The language the person wrote in (they did not choose one): answers follow it. */
    void useLanguage(String code) {
        state = state.withLanguage(code);
    }

    void offerLanguages() {
        List<OutboundMessage.Choice> choices = new ArrayList<>();
        for (String code : content.catalog().languages()) {
            String name = content.catalog().language(code).name();
            choices.add(new OutboundMessage.Choice(name == null ? code : name, PostbackData.language(code)));
        }
        out.add(new OutboundMessage(render("language.ask"), choices, null));
    }

    void answerFaq(Faq.Entry entry) {
        Faq.Text text = entry.texts().getOrDefault(state.language(), entry.texts().get(Catalog.FALLBACK));
        out.add(OutboundMessage.text(text.answer() + "\n\n" + footer(entry.sources(), entry.reviewed())));
    }

    /** Not sure what was asked: says so, offers the nearest topics, and gives the official help line. */
    void notSure(List<String> closest) {
        List<OutboundMessage.Choice> choices = new ArrayList<>();
        for (String id : closest) {
            Faq.Entry entry = content.faq().entries().get(id);
            if (entry != null) {
                Faq.Text text = entry.texts().getOrDefault(state.language(), entry.texts().get(Catalog.FALLBACK));
                choices.add(new OutboundMessage.Choice(text.title(), PostbackData.faq(id)));
            }
        }
        out.add(new OutboundMessage(render(choices.isEmpty() ? "faq.not_sure" : "faq.not_sure_topics")
                + "\n\n" + render("footer.help"), choices, null));
    }

    void repeatQuestionOrMenu() {
        Step pending = pendingStep();
        if (pending == null) {
            menu();
        } else {
            ask(state.flow(), pending);
        }
    }

    void say(String key) {
        out.add(OutboundMessage.text(render(key)));
    }

    /** Records an answer and runs on to the next question. False when the value does not answer the question. */
    boolean answer(String flowId, Step step, String value) {
        Ask ask = step.ask();
        String target = step.next();
        switch (ask.type()) {
            case CHOICE -> {
                Option option = ask.option(value);
                if (option == null) {
                    return false;
                }
                if (option.next() != null) {
                    target = option.next();
                }
            }
            case DATE -> {
                if (!Engine.isDate(value)) {
                    return false;
                }
            }
            case TEXT -> {
                if (value.isBlank()) {
                    return false;
                }
            }
        }
        if (ask.slot() != null) {
            state = state.withSlot(ask.slot(), value);
        }
        moveTo(flowId, target);
        return true;
    }

    void retry(String flowId, Step step) {
        Ask ask = step.ask();
        String key = ask.retry() != null ? ask.retry()
                : ask.type() == Ask.Type.DATE ? "common.retry_date" : "common.retry_choice";
        say(key);
        ask(flowId, step);
    }

    void askWhichDate(String flowId, Step step, List<LocalDate> candidates) {
        List<OutboundMessage.Choice> choices = candidates.stream()
                .map(d -> new OutboundMessage.Choice(content.catalog().formatDate(state.language(), d),
                        PostbackData.answer(flowId, step.id(), d.toString())))
                .toList();
        out.add(new OutboundMessage(render("common.which_date"), choices, null));
        state = state.at(flowId, step.id());
    }

    private void moveTo(String flowId, String target) {
        Content.Target t = target == null ? null : content.resolve(flowId, target);
        if (t == null) {
            state = state.at(null, null);
        } else {
            run(t.flow(), t.step());
        }
    }

    private void run(String flowId, String stepId) {
        String f = flowId;
        String s = stepId;
        for (int i = 0; i < MAX_STEPS; i++) {
            Step step = content.flow(f).step(s);
            String outcome = null;
            if (step.action() != null) {
                ActionResult result = actions.get(step.action()).run(new ActionContext(state, now, channel));
                flags.addAll(result.flags());
                vars.putAll(result.vars());
                result.slots().forEach((name, value) -> state = state.withSlot(name, value));
                reminders.addAll(result.reminders());
                outcome = result.outcome();
            }
            speak(step);
            if (step.ask() != null) {
                ask(f, step);
                return;
            }
            String target = outcome != null && step.on().containsKey(outcome) ? step.on().get(outcome) : step.next();
            Content.Target t = target == null ? null : content.resolve(f, target);
            if (t == null) {
                state = state.at(null, null);
                return;
            }
            f = t.flow();
            s = t.step();
        }
        throw new IllegalStateException("flow '" + f + "' runs " + MAX_STEPS + " steps without a question, at step '" + s + "'");
    }

    private void speak(Step step) {
        StringJoiner text = new StringJoiner("\n\n");
        for (Say say : step.say()) {
            if (say.holds(flags)) {
                text.add(render(say.key()));
            }
        }
        if (!step.sources().isEmpty()) {
            text.add(footer(step));
        }
        if (text.length() > 0) {
            out.add(OutboundMessage.text(text.toString()));
        }
    }

    /** Every procedural answer names where it comes from, when that was checked, and who to call. */
    private String footer(Step step) {
        return footer(step.sources(), step.reviewed());
    }

    private String footer(List<String> sources, String reviewed) {
        StringJoiner names = new StringJoiner("\n");
        for (String id : sources) {
            Source source = content.sources().get(id);
            names.add(render(source.title()) + " " + source.url());
        }
        return render("footer.sources", Map.of("sources", names.toString(), "count", sources.size(), "reviewed", reviewedDate(reviewed)))
                + "\n" + render("footer.help");
    }

    /** A review date in the person's own date style; the text as it is if it is not an ISO date. */
    private static Object reviewedDate(String reviewed) {
        try {
            return java.time.LocalDate.parse(reviewed);
        } catch (java.time.format.DateTimeParseException | NullPointerException e) {
            return String.valueOf(reviewed);
        }
    }

    private void ask(String flowId, Step step) {
        Ask ask = step.ask();
        List<OutboundMessage.Choice> choices = ask.options().stream()
                .map(o -> new OutboundMessage.Choice(render(o.label()), PostbackData.answer(flowId, step.id(), o.value())))
                .toList();
        OutboundMessage.DateRequest date = ask.type() != Ask.Type.DATE ? null
                : new OutboundMessage.DateRequest(render("common.pick_date"), PostbackData.answer(flowId, step.id(), ""),
                        today, today.minusYears(5), today.plusYears(10));
        out.add(new OutboundMessage(render(ask.prompt()), choices, date));
        state = state.at(flowId, step.id());
    }

    private String render(String key) {
        return content.catalog().render(state.language(), key, arguments());
    }

    private String render(String key, Map<String, ?> extra) {
        Map<String, Object> args = arguments();
        args.putAll(extra);
        return content.catalog().render(state.language(), key, args);
    }

    private Map<String, Object> arguments() {
        Map<String, Object> args = new HashMap<>();
        state.slots().forEach((name, value) -> args.put(name, Engine.isDate(value) ? LocalDate.parse(value) : value));
        args.putAll(vars);
        return args;
    }
}
