package dev.zairyu.bot.store;

import dev.zairyu.bot.domain.ConversationState;
import dev.zairyu.bot.domain.OutboundMessage;
import java.util.List;
import java.util.Optional;

/** One person's data inside a {@link TurnStore#withUser} transaction. */
public interface UserSession {
    dev.zairyu.bot.domain.UserRef user();

    /** The saved state, or empty for someone new (or forgotten). */
    Optional<ConversationState> state();

    /** Accepted events not yet handled, oldest first. */
    List<PendingEvent> pending();

    void processed(PendingEvent event);

    void save(ConversationState state);

    /** Erases everything about the person: state, undelivered messages, the text of their events. */
    void forget();

    /** Changes the person's reminders, in the same transaction as their state. */
    void reminders(List<dev.zairyu.bot.domain.ReminderCommand> commands);

    /** Queues messages for delivery once the transaction commits. */
    void send(List<OutboundMessage> messages, String replyToken);
}
