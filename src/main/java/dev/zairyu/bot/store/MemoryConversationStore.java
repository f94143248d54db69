package dev.zairyu.bot.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.zairyu.bot.domain.ConversationState;
import dev.zairyu.bot.domain.UserRef;
import java.time.Duration;
import java.util.Optional;

/**
 * Conversation state in memory, bounded in size and forgotten after a long silence, so a busy or
 * long-running process cannot grow without limit. Used by the terminal chat and in tests.
 */
public final class MemoryConversationStore implements ConversationStore {
    private final Cache<String, ConversationState> states;

    public MemoryConversationStore(long maxUsers, Duration idleExpiry) {
        this.states = Caffeine.newBuilder().maximumSize(maxUsers).expireAfterAccess(idleExpiry).build();
    }

    @Override
    public Optional<ConversationState> load(UserRef user) {
        return Optional.ofNullable(states.getIfPresent(user.key()));
    }

    @Override
    public void save(UserRef user, ConversationState state) {
        states.put(user.key(), state);
    }

    @Override
    public void forget(UserRef user) {
        states.invalidate(user.key());
    }
}
