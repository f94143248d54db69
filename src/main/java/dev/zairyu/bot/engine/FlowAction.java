package dev.zairyu.bot.engine;

import dev.zairyu.bot.flow.ActionSpec;

/**
 * A named rule a flow can call ({@code action: name}). Pure: it reads the answers so far and the time,
 * and returns an outcome to branch on, values for the messages, flags for conditional lines, answers to
 * remember and changes to the person's reminders.
 */
public interface FlowAction {
    ActionSpec spec();

    ActionResult run(ActionContext context);
}
