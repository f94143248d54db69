package dev.zairyu.bot.store;

import dev.zairyu.bot.domain.UserRef;
import java.util.List;
import java.util.function.Function;

/**
 * Durable conversations. Work for people happens inside {@link #withUsers}: one transaction that holds
 * each person's lock (across instances too), so a person's events are handled one at a time and in
 * order, and new states and the messages to send are saved together or not at all. Several people in
 * one transaction share its commit, which is what makes the durable path fast.
 */
public interface TurnStore {
    /**
     * @return the work's value and the outbox entries this instance may deliver at once (already claimed
     *         for it); entries queued behind older undelivered ones are left to the delivery sweep
     */
    <T> Batch<T> withUsers(List<UserRef> users, Function<List<UserSession>, T> work);

    /**
     * @param durable completes when the batch's commit is on disk; its entries are delivered only then,
     *                so a crash can never leave an answer sent for a turn that did not happen
     */
    record Batch<T>(T value, List<Outbox.Entry> toDeliver, java.util.concurrent.CompletableFuture<Void> durable) {
        public Batch {
            toDeliver = List.copyOf(toDeliver);
        }
    }

    /**
     * Which of these people already have a conversation, read without locking anything: a hint for what
     * may be skipped (asking a platform for a new person's language). Saying none is always safe.
     */
    default java.util.Set<String> withConversation(List<UserRef> users) {
        return java.util.Set.of();
    }

    default <T> T withUser(UserRef user, Function<UserSession, T> work) {
        return withUsers(List.of(user), sessions -> work.apply(sessions.get(0))).value();
    }
}
