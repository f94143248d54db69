package dev.zairyu.bot.testing;

import dev.zairyu.bot.domain.Channel;
import dev.zairyu.bot.domain.ConversationState;
import dev.zairyu.bot.domain.InboundEvent;
import dev.zairyu.bot.domain.OutboundMessage;
import dev.zairyu.bot.domain.Transition;
import dev.zairyu.bot.domain.UserRef;
import dev.zairyu.bot.engine.Engine;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;

/** A person talking to the engine directly, no HTTP: each call is one turn. */
public final class Chat {
    private final UserRef user;
    private final Engine engine;
    private ZonedDateTime now;
    private ConversationState state;
    private Transition last;
    private int n;

    /** A person on LINE, as most conversations are. */
    public Chat(Engine engine, LocalDate today) {
        this(engine, today, Channel.LINE);
    }

    public Chat(Engine engine, LocalDate today, Channel channel) {
        this.user = new UserRef(channel, "tester");
        this.engine = engine;
        this.now = TestContent.morningOf(today);
        this.state = ConversationState.fresh("en");
    }

    public static Chat on(LocalDate today) {
        return new Chat(TestContent.engine(), today);
    }

    /** A person on LINE, where reminders can be pushed. */
    public static Chat onLine(LocalDate today) {
        return new Chat(TestContent.engine(), today, Channel.LINE);
    }

    /** A person in the local web chat, which cannot receive pushes. */
    public static Chat inWebChat(LocalDate today) {
        return new Chat(TestContent.engine(), today, Channel.WEB);
    }

    public Chat follow() {
        return send(new InboundEvent.Follow());
    }

    public Chat say(String text) {
        return send(new InboundEvent.Text(text));
    }

    /** Taps the choice with this label (or value) offered by the last message. */
    public Chat tap(String labelOrValue) {
        for (OutboundMessage.Choice choice : lastMessage().choices()) {
            if (choice.label().equals(labelOrValue) || choice.data().endsWith("|" + labelOrValue)) {
                return send(new InboundEvent.Postback(choice.data(), null));
            }
        }
        throw new AssertionError("no choice '" + labelOrValue + "' in " + lastMessage().choices());
    }

    public Chat pick(LocalDate date) {
        OutboundMessage.DateRequest request = lastMessage().dateRequest();
        if (request == null) {
            throw new AssertionError("the last message offers no date picker: " + lastMessage().text());
        }
        return send(new InboundEvent.Postback(request.data(), date));
    }

    public Chat postback(String data) {
        return send(new InboundEvent.Postback(data, null));
    }

    public Chat send(InboundEvent.Payload payload) {
        n++;
        last = engine.step(state, new InboundEvent("t" + n, user, now.toInstant(), null, null, payload), now);
        state = last.state();
        return this;
    }

    public Chat onDay(LocalDate day) {
        now = TestContent.morningOf(day);
        return this;
    }

    public Chat reminderDue(String kind) {
        return send(new InboundEvent.ReminderDue(kind));
    }

    /** Everything the bot said in the last turn, bubbles joined by newlines. */
    public String answer() {
        return last.messages().stream().map(OutboundMessage::text).collect(Collectors.joining("\n"));
    }

    public List<OutboundMessage> messages() {
        return last.messages();
    }

    public OutboundMessage lastMessage() {
        if (last == null || last.messages().isEmpty()) {
            throw new AssertionError("the bot said nothing");
        }
        return last.messages().get(last.messages().size() - 1);
    }

    public List<String> choiceLabels() {
        return lastMessage().choices().stream().map(OutboundMessage.Choice::label).toList();
    }

    public ConversationState state() {
        return state;
    }

    public Transition transition() {
        return last;
    }
}
