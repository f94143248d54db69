package dev.zairyu.bot.store;

import dev.zairyu.bot.domain.OutboundMessage;
import dev.zairyu.bot.domain.UserRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Messages saved with the turn that produced them, waiting to be delivered. */
public interface Outbox {
    /**
     * How long an instance holds an entry it is sending before another may take it over: longer than
     * one platform call can last (the gateways' timeouts), short so a crashed instance's entries are
     * picked up soon.
     */
    java.time.Duration CLAIM = java.time.Duration.ofSeconds(20);

    /**
     * One undelivered message batch.
     *
     * @param retryKey the same for every attempt, so the platform can tell a retry from a new message
     */
    record Entry(long id, UserRef user, String replyToken, UUID retryKey, List<OutboundMessage> messages,
                 Instant createdAt, int attempts) {
    }

    /**
     * Claims the person's oldest undelivered entry, if it is due and no one else holds it. Later entries
     * wait, so a person's messages arrive in order.
     */
    Optional<Entry> claimNext(UserRef user, Instant now, Instant claimUntil);

    /**
     * The entry reached the platform: it goes (asynchronously, many deletions per commit).
     *
     * @param pushed true when it went as a push, which counts towards the month's pushes
     */
    void delivered(long id, boolean pushed);

    /** Gives up this instance's claim without trying, e.g. when an older entry must go first. */
    void release(long id);

    /** Tries again at {@code at}; {@code dropReplyToken} switches the next attempt to a push. */
    void retryLater(long id, Instant at, int status, boolean dropReplyToken);

    List<UserRef> usersWithDueEntries(Instant now, int limit);

    long backlog();
}
