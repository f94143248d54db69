package dev.zairyu.bot.store;

import dev.zairyu.bot.domain.ConversationState;
import dev.zairyu.bot.domain.UserRef;
import java.util.Optional;

/** Where each person's conversation state lives between messages. */
public interface ConversationStore {
    Optional<ConversationState> load(UserRef user);

    void save(UserRef user, ConversationState state);

    /** Erases everything kept about the person. */
    void forget(UserRef user);
}
