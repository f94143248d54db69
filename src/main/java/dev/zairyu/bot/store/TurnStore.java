package dev.zairyu.bot.store;

import dev.zairyu.bot.domain.UserRef;
import java.util.function.Function;

/**
 * Durable conversations. All of one person's work happens inside {@link #withUser}: one transaction
 * that holds that person's lock (across instances too), so their events are handled one at a time, in
 * order, and the new state and the messages to send are saved together or not at all.
 */
public interface TurnStore {
    <T> T withUser(UserRef user, Function<UserSession, T> work);
}
