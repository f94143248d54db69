package dev.zairyu.bot.dispatch;

import dev.zairyu.bot.domain.ConversationState;
import dev.zairyu.bot.domain.InboundEvent;
import dev.zairyu.bot.domain.Transition;
import dev.zairyu.bot.engine.Engine;
import dev.zairyu.bot.store.ConversationStore;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Supplier;

/**
 * One turn: load the person's state, run the engine, save the result. The caller sends the messages
 * after this returns, so nothing is said that was not first saved.
 */
public final class ConversationService {
    /** The bureau's calendar decides the answers, so "today" is always today in Japan. */
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final Supplier<Engine> engine;
    private final ConversationStore store;
    private final Clock clock;

    public ConversationService(Supplier<Engine> engine, ConversationStore store, Clock clock) {
        this.engine = engine;
        this.store = store;
        this.clock = clock;
    }

    public Transition handle(InboundEvent event) {
        Engine current = engine.get();
        ConversationState state = store.load(event.user())
                .orElseGet(() -> ConversationState.fresh(Languages.initial(current.content().catalog(), event.localeHint())));
        Transition transition = current.step(state, event, ZonedDateTime.now(clock.withZone(JAPAN)));
        if (transition.forget()) {
            store.forget(event.user());
        } else {
            store.save(event.user(), transition.state());
        }
        return transition;
    }
}
