package dev.zairyu.bot.dispatch;

import dev.zairyu.bot.domain.ConversationState;
import dev.zairyu.bot.domain.InboundEvent;
import dev.zairyu.bot.domain.Transition;
import dev.zairyu.bot.engine.Engine;
import dev.zairyu.bot.store.TurnStore;
import dev.zairyu.bot.store.UserSession;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Supplier;

/**
 * Runs turns: the person's state, the engine, the new state saved in the same transaction. Used directly
 * by the channels that answer in the same request (web chat, terminal), and by the inbox processor for
 * the webhook channels.
 */
public final class ConversationService {
    /** The bureau's calendar decides the answers, so "today" is always today in Japan. */
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final Supplier<Engine> engine;
    private final TurnStore store;
    private final Clock clock;

    public ConversationService(Supplier<Engine> engine, TurnStore store, Clock clock) {
        this.engine = engine;
        this.store = store;
        this.clock = clock;
    }

    /** One turn, answered to the caller. */
    public Transition handle(InboundEvent event) {
        return store.withUser(event.user(), session -> step(session, session.state().orElse(null), event));
    }

    /**
     * Applies one event inside an open session: runs the engine and records the result (saved state, or
     * everything erased). Returns the transition; the caller decides how its messages travel.
     */
    Transition step(UserSession session, ConversationState current, InboundEvent event) {
        return step(session, current, event, java.util.Optional::empty);
    }

    /** @param platformLanguage asked only for someone new whose event carries no language of its own */
    Transition step(UserSession session, ConversationState current, InboundEvent event,
                    java.util.function.Supplier<java.util.Optional<String>> platformLanguage) {
        Engine now = engine.get();
        ConversationState state = current;
        if (state == null) {
            String hint = event.localeHint() != null ? event.localeHint() : platformLanguage.get().orElse(null);
            state = ConversationState.fresh(Languages.initial(now.content().catalog(), hint));
        }
        Transition transition = now.step(state, event, ZonedDateTime.now(clock.withZone(JAPAN)));
        if (transition.forget()) {
            session.forget();
        } else {
            session.save(transition.state());
            if (!transition.reminders().isEmpty()) {
                session.reminders(transition.reminders());
            }
        }
        return transition;
    }

    public TurnStore store() {
        return store;
    }
}
