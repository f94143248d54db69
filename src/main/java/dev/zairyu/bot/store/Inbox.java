package dev.zairyu.bot.store;

import dev.zairyu.bot.domain.InboundEvent;
import dev.zairyu.bot.domain.UserRef;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Where accepted events are written before the platform gets its 200. */
public interface Inbox {
    /**
     * Completes once the events are durable, with those that were new: an event id seen before (a
     * platform's redelivery) is acknowledged and dropped.
     */
    CompletableFuture<List<InboundEvent>> append(List<InboundEvent> events);

    /**
     * People with accepted events not yet handled (after a restart, or another instance's crash).
     *
     * @param receivedAfter only events accepted after this (cheap, by index); null looks at all of them
     */
    List<UserRef> usersWithPendingEvents(java.time.Instant receivedAfter, int limit);

    /**
     * Records that handling the person's pending events failed. After {@code giveUpAfter} failures the
     * events are set aside (marked handled) so they cannot block the person's later messages.
     */
    void failed(UserRef user, int giveUpAfter);

    /** Drops handled events accepted before {@code receivedBefore} (the de-duplication window). Returns how many. */
    int prune(java.time.Instant receivedBefore);
}
