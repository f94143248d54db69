package dev.zairyu.bot.engine;

import dev.zairyu.bot.domain.ConversationState;
import dev.zairyu.bot.domain.InboundEvent;
import dev.zairyu.bot.domain.Transition;
import dev.zairyu.bot.flow.Ask;
import dev.zairyu.bot.flow.Content;
import dev.zairyu.bot.flow.Flow;
import dev.zairyu.bot.flow.Option;
import dev.zairyu.bot.flow.Step;
import dev.zairyu.bot.i18n.DateReader;
import dev.zairyu.bot.i18n.DateReading;
import dev.zairyu.bot.i18n.LanguageDetector;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs flows: (state, event, now) → (new state, messages). Pure: no I/O and no clock, so every turn of
 * every conversation can be replayed and tested without a server.
 */
public final class Engine {
    /** Commands the engine understands; their phrases live in {@code bot.yaml}. */
    public static final String RESTART = "restart";
    public static final String HELP = "help";
    public static final String FORGET = "forget";
    /** The slot a due reminder's kind is put in for the reminder flow. */
    public static final String REMINDER_KIND_SLOT = "reminder_kind";
    /** Set when the person chose a language: then what they write no longer changes it. */
    public static final String LANGUAGE_LOCKED_SLOT = "language_locked";
    public static final String LANGUAGE = "language";
    /** Messages of this many words or fewer are tried as flow triggers before as FAQ questions. */
    private static final int SHORT = 3;

    private final Content content;
    private final Map<String, FlowAction> actions;
    private final DateReader dates;
    private final QuestionMatcher questions;
    private final LanguageDetector detector;
    private final Map<String, String> languageNames = new java.util.HashMap<>();
    /** Command and trigger phrases, normalized once; specific flows before the default flow. */
    private final List<Phrase> commandPhrases = new java.util.ArrayList<>();
    private final List<Phrase> triggerPhrases = new java.util.ArrayList<>();
    /** Option labels as typed text is compared with them, per language and label key. */
    private final java.util.concurrent.ConcurrentHashMap<String, String> normalizedLabels = new java.util.concurrent.ConcurrentHashMap<>();

    private record Phrase(String target, String normalized) {
    }

    public Engine(Content content, Map<String, FlowAction> actions, DateReader dates) {
        this(content, actions, dates, QuestionMatcher.NONE, new LanguageDetector());
    }

    public Engine(Content content, Map<String, FlowAction> actions, DateReader dates, QuestionMatcher questions,
                  LanguageDetector detector) {
        this.content = content;
        this.actions = Map.copyOf(actions);
        this.dates = dates;
        this.questions = questions;
        this.detector = detector;
        for (String code : content.catalog().languages()) {
            languageNames.put(TextMatch.normalize(code), code);
            String name = content.catalog().language(code).name();
            if (name != null) {
                languageNames.put(TextMatch.normalize(name), code);
            }
        }
        content.commands().forEach((command, phrases) ->
                phrases.forEach(p -> commandPhrases.add(new Phrase(command, TextMatch.normalize(p)))));
        java.util.List<Flow> flows = new java.util.ArrayList<>(content.flows().values());
        // The default flow's phrases are broad ("residence card"), so the specific topics are tried
        // first: "I lost my residence card" is about the lost card.
        flows.sort(java.util.Comparator.comparing((Flow f) -> f.id().equals(content.defaultFlow())));
        flows.forEach(flow -> flow.triggers().forEach(p -> triggerPhrases.add(new Phrase(flow.id(), TextMatch.normalize(p)))));
    }

    public Content content() {
        return content;
    }

    public Transition step(ConversationState state, InboundEvent event, ZonedDateTime now) {
        Turn turn = new Turn(content, actions, state, now, event.user().channel());
        InboundEvent.Payload payload = event.payload();
        if (payload instanceof InboundEvent.ReminderDue due) {
            return reminder(turn, state, due);
        }
        if (payload instanceof InboundEvent.Follow) {
            turn.restart();
        } else if (payload instanceof InboundEvent.Unfollow) {
            return new Transition(ConversationState.fresh(state.language()), List.of(), true);
        } else if (payload instanceof InboundEvent.Postback postback) {
            onPostback(turn, postback);
        } else if (payload instanceof InboundEvent.Text text) {
            if (onText(turn, text.text())) {
                return turn.forget();
            }
        }
        return turn.finish();
    }

    /**
     * A due reminder runs the reminder flow, which checks it against the person's current answers. One
     * that is no longer relevant says nothing and leaves the person where they were.
     */
    private Transition reminder(Turn turn, ConversationState before, InboundEvent.ReminderDue due) {
        if (content.reminderFlow() == null) {
            return Transition.of(before, List.of());
        }
        turn.slot(REMINDER_KIND_SLOT, due.kind());
        turn.start(content.reminderFlow());
        if (!turn.saidSomething()) {
            return new Transition(before, List.of(), false, turn.reminderCommands());
        }
        return turn.finish();
    }

    private void onPostback(Turn turn, InboundEvent.Postback postback) {
        Optional<PostbackData> data = PostbackData.parse(postback.data());
        if (data.isPresent() && data.get() instanceof PostbackData.Command command) {
            runCommand(turn, command.name());
            return;
        }
        if (data.isPresent() && data.get() instanceof PostbackData.FaqTopic topic && content.faq().entries().containsKey(topic.entry())) {
            turn.answerFaq(content.faq().entries().get(topic.entry()));
            turn.repeatQuestionIfAny();
            return;
        }
        if (data.isPresent() && data.get() instanceof PostbackData.Language language
                && content.catalog().languages().contains(language.code())) {
            turn.chooseLanguage(language.code());
            turn.repeatQuestionOrMenu();
            return;
        }
        if (data.isEmpty() || !(data.get() instanceof PostbackData.Answer answer) || !isQuestion(answer.flow(), answer.step())) {
            turn.say("common.stale_button");
            turn.repeatQuestionOrMenu();
            return;
        }
        Step step = content.flow(answer.flow()).step(answer.step());
        String value = answer.value();
        if (step.ask().type() == Ask.Type.DATE && value.isEmpty() && postback.date() != null) {
            value = postback.date().toString();
        }
        if (!turn.answer(answer.flow(), step, value)) {
            turn.retry(answer.flow(), step);
        }
    }

    /**
     * Reads what a person typed: a language's name, an answer to the pending question, a command, a
     * question for the FAQ or a flow's trigger (short messages are tried as triggers first, longer ones
     * as questions first), free text where the question takes it; otherwise the bot says it is not sure.
     *
     * @return true when the person asked to erase their data
     */
    private boolean onText(Turn turn, String text) {
        String typed = TextMatch.normalize(text);
        String named = languageNames.get(typed);
        if (named != null) {
            turn.chooseLanguage(named);
            turn.repeatQuestionOrMenu();
            return false;
        }
        Step pending = turn.pendingStep();
        // A choice typed as its label in the conversation's language is an answer, whatever its script.
        if (pending != null && pending.ask().type() == Ask.Type.CHOICE) {
            Option chosen = matchOption(pending.ask(), typed, turn.state().language());
            if (chosen != null && turn.answer(turn.state().flow(), pending, chosen.value())) {
                return false;
            }
        }
        if (!"yes".equals(turn.state().slot(LANGUAGE_LOCKED_SLOT))) {
            detector.detect(text, turn.state().language()).filter(content.catalog().languages()::contains).ifPresent(turn::useLanguage);
        }
        if (pending != null && pending.ask().type() != Ask.Type.TEXT && tryAnswer(turn, pending, typed, text)) {
            return false;
        }
        String command = matchCommand(typed);
        if (command != null) {
            return runCommand(turn, command);
        }
        boolean isShort = typed.split(" ").length <= SHORT;
        String flow = matchTrigger(typed);
        if (flow != null && isShort) {
            turn.start(flow);
            return false;
        }
        QuestionMatcher.Match match = questions.match(text, turn.state().language());
        if (match.confident()) {
            turn.answerFaq(content.faq().entries().get(match.entry()));
            turn.repeatQuestionIfAny();
            return false;
        }
        if (flow != null) {
            turn.start(flow);
            return false;
        }
        if (pending != null) {
            Ask ask = pending.ask();
            if (ask.type() == Ask.Type.TEXT) {
                turn.answer(turn.state().flow(), pending, text.strip());
            } else if (ask.type() == Ask.Type.CHOICE && ask.freeText() && ask.option("other") != null && !looksLikeQuestion(text)) {
                turn.answer(turn.state().flow(), pending, "other");
            } else if (looksLikeQuestion(text)) {
                turn.notSure(match.closest());
                turn.repeatQuestionIfAny();
            } else {
                turn.retry(turn.state().flow(), pending);
            }
            return false;
        }
        turn.notSure(match.closest());
        turn.menu();
        return false;
    }

    /** A question mark (any script's) or a long message: worth an "I'm not sure" rather than a retry. */
    private static boolean looksLikeQuestion(String text) {
        return text.contains("?") || text.contains("？") || text.strip().split("\\s+").length > 6;
    }

    private boolean tryAnswer(Turn turn, Step pending, String typed, String raw) {
        String flow = turn.state().flow();
        Ask ask = pending.ask();
        if (ask.type() == Ask.Type.CHOICE) {
            Option chosen = matchOption(ask, typed, turn.state().language());
            return chosen != null && turn.answer(flow, pending, chosen.value());
        }
        DateReading reading = dates.read(raw, turn.state().language(), turn.today());
        if (reading instanceof DateReading.Read read) {
            return turn.answer(flow, pending, read.date().toString());
        }
        if (reading instanceof DateReading.Ambiguous ambiguous) {
            turn.askWhichDate(flow, pending, ambiguous.candidates());
            return true;
        }
        return false;
    }

    private Option matchOption(Ask ask, String typed, String language) {
        List<Option> options = ask.options();
        if (typed.matches("\\d{1,2}")) {
            int n = Integer.parseInt(typed);
            return n >= 1 && n <= options.size() ? options.get(n - 1) : null;
        }
        for (Option option : options) {
            if (typed.equals(option.value().toLowerCase(java.util.Locale.ROOT))
                    || typed.equals(label(language, option.label()))
                    || typed.equals(label(dev.zairyu.bot.i18n.Catalog.FALLBACK, option.label()))) {
                return option;
            }
        }
        return null;
    }

    private String label(String language, String key) {
        return normalizedLabels.computeIfAbsent(language + "\u0000" + key,
                k -> TextMatch.normalize(content.catalog().render(language, key)));
    }

    private String matchCommand(String typed) {
        for (Phrase phrase : commandPhrases) {
            if (TextMatch.containsNormalized(typed, phrase.normalized())) {
                return phrase.target();
            }
        }
        return null;
    }

    /** The flow a message asks for, if any. */
    private String matchTrigger(String typed) {
        for (Phrase phrase : triggerPhrases) {
            if (TextMatch.containsNormalized(typed, phrase.normalized())) {
                return phrase.target();
            }
        }
        return null;
    }

    /** @return true when the command erases the person's data */
    private boolean runCommand(Turn turn, String command) {
        switch (command) {
            case RESTART -> turn.restart();
            case FORGET -> {
                return true;
            }
            case HELP -> {
                turn.say("common.help");
                turn.menu();
            }
            case LANGUAGE -> turn.offerLanguages();
            default -> {
                // Any other command names a place in a flow ("reminder:stop"): go there.
                if (command.contains(":")) {
                    Content.Target target = content.resolve(content.defaultFlow(), command);
                    turn.goTo(target.flow(), target.step());
                } else {
                    turn.say("common.not_understood");
                    turn.menu();
                }
            }
        }
        return false;
    }

    private boolean isQuestion(String flowId, String stepId) {
        Flow flow = content.flow(flowId);
        Step step = flow == null ? null : flow.step(stepId);
        return step != null && step.ask() != null;
    }

    static boolean isDate(String value) {
        if (value == null || value.length() != 10 || value.charAt(4) != '-') {
            return false;
        }
        try {
            LocalDate.parse(value);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
