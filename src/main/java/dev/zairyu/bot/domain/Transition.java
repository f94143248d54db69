package dev.zairyu.bot.domain;

import java.util.List;

/**
 * What one turn produced: the state to save, the messages to send and the changes to the person's
 * reminders, all saved together before anything is sent.
 *
 * @param forget true when everything about the person must be erased (unfollow, "delete my data")
 */
public record Transition(ConversationState state, List<OutboundMessage> messages, boolean forget,
                         List<ReminderCommand> reminders) {
    public Transition {
        messages = List.copyOf(messages);
        reminders = List.copyOf(reminders);
    }

    public Transition(ConversationState state, List<OutboundMessage> messages, boolean forget) {
        this(state, messages, forget, List.of());
    }

    public static Transition of(ConversationState state, List<OutboundMessage> messages) {
        return new Transition(state, messages, false, List.of());
    }
}
