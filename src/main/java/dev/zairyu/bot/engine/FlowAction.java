package dev.zairyu.bot.engine;

import dev.zairyu.bot.domain.ConversationState;
import dev.zairyu.bot.flow.ActionSpec;
import java.time.LocalDate;

/**
 * A named rule a flow can call ({@code action: name}). Pure: it reads the answers so far and today's
 * date and returns an outcome to branch on, values for the messages and flags for conditional lines.
 */
public interface FlowAction {
    ActionSpec spec();

    ActionResult run(ConversationState state, LocalDate today);
}
