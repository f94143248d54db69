package dev.zairyu.bot.domain;

import java.util.List;

/**
 * What one turn produced: the state to save and the messages to send, in that order (save first).
 *
 * @param forget true when everything about the person must be erased (unfollow, "delete my data")
 */
public record Transition(ConversationState state, List<OutboundMessage> messages, boolean forget) {
    public Transition {
        messages = List.copyOf(messages);
    }

    public static Transition of(ConversationState state, List<OutboundMessage> messages) {
        return new Transition(state, messages, false);
    }
}
