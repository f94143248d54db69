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

    void delivered(long id);

    /** Tries again at {@code at}; {@code dropReplyToken} switches the next attempt to a push. */
    void retryLater(long id, Instant at, int status, boolean dropReplyToken);

    List<UserRef> usersWithDueEntries(Instant now, int limit);

    long backlog();
}
