package dev.zairyu.bot.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.zairyu.bot.domain.ConversationState;
import dev.zairyu.bot.domain.OutboundMessage;
import dev.zairyu.bot.domain.UserRef;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Conversation state in memory for the terminal chat: bounded in size and forgotten after a long
 * silence, so a long-running process cannot grow without limit. It has no inbox or outbox: answers go
 * straight back to the caller.
 */
public final class MemoryTurnStore implements TurnStore {
    private final Cache<String, ConversationState> states;

    public MemoryTurnStore(long maxUsers, Duration idleExpiry) {
        this.states = Caffeine.newBuilder().maximumSize(maxUsers).expireAfterAccess(idleExpiry).build();
    }

    @Override
    public <T> Batch<T> withUsers(List<UserRef> users, Function<List<UserSession>, T> work) {
        if (users.size() != 1) {
            throw new UnsupportedOperationException("the memory store serves one person at a time");
        }
        UserRef user = users.get(0);
        // One lock per person: the interned key string is per-process, which is all this store serves.
        synchronized (user.key().intern()) {
            return new Batch<>(work.apply(List.of(new UserSession() {
                @Override
                public UserRef user() {
                    return user;
                }

                @Override
                public Optional<ConversationState> state() {
                    return Optional.ofNullable(states.getIfPresent(user.key()));
                }

                @Override
                public List<PendingEvent> pending() {
                    return List.of();
                }

                @Override
                public void processed(PendingEvent event) {
                }

                @Override
                public void save(ConversationState state) {
                    states.put(user.key(), state);
                }

                @Override
                public void forget() {
                    states.invalidate(user.key());
                }

                @Override
                public void reminders(List<dev.zairyu.bot.domain.ReminderCommand> commands) {
                    // The terminal chat cannot push, so it keeps no reminders.
                }

                @Override
                public void send(List<OutboundMessage> messages, String replyToken) {
                    throw new UnsupportedOperationException("the memory store answers directly; it has no outbox");
                }
            })), List.of(), java.util.concurrent.CompletableFuture.completedFuture(null));
        }
    }
}
