package dev.zairyu.bot.dispatch;

import dev.zairyu.bot.domain.Channel;
import dev.zairyu.bot.domain.UserRef;
import dev.zairyu.bot.store.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbox entries, per person in order. A reply is tried while its token can still be valid;
 * after that, or when the platform refuses the token, the same messages go as a push. Platform errors
 * that may pass (timeouts, 429, 5xx) are retried with backoff; other refusals are counted and dropped.
 */
public final class OutboxSender {
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    /** LINE reply tokens must be used within about a minute; past this, push. */
    static final Duration REPLY_WINDOW = Duration.ofSeconds(50);

    private final Outbox outbox;
    private final Map<Channel, ChannelGateway> gateways;
    private final Clock clock;
    private final RetryPolicy retry;
    private final DeliveryStats stats;
    private final KeyedSerialExecutor serial;
    private final PushLimits limits;

    public OutboxSender(Outbox outbox, Map<Channel, ChannelGateway> gateways, Clock clock, RetryPolicy retry,
                        DeliveryStats stats, PushLimits limits, Executor pool) {
        this.outbox = outbox;
        this.limits = limits;
        this.gateways = Map.copyOf(gateways);
        this.clock = clock;
        this.retry = retry;
        this.stats = stats;
        this.serial = new KeyedSerialExecutor(pool);
    }

    public java.util.concurrent.CompletableFuture<Void> kick(UserRef user) {
        return serial.submit(user.key(), () -> drain(user));
    }

    /**
     * Delivers entries this instance claimed as it saved them, each person's in order; then anything else
     * of theirs that is due.
     */
    public void deliverNow(List<Outbox.Entry> entries) {
        Map<UserRef, List<Outbox.Entry>> byUser = new LinkedHashMap<>();
        entries.forEach(e -> byUser.computeIfAbsent(e.user(), u -> new ArrayList<>()).add(e));
        byUser.forEach((user, mine) -> serial.submit(user.key(), () -> deliverClaimed(user, mine)));
    }

    private void deliverClaimed(UserRef user, List<Outbox.Entry> entries) {
        ChannelGateway gateway = gateways.get(user.channel());
        for (int i = 0; i < entries.size(); i++) {
            if (gateway == null || !deliver(gateway, entries.get(i), clock.instant())) {
                // An entry waits for a retry: the later ones must not overtake it.
                for (Outbox.Entry later : entries.subList(i + 1, entries.size())) {
                    outbox.release(later.id());
                }
                return;
            }
        }
    }

    boolean busy(UserRef user) {
        return serial.busy(user.key());
    }

    private void drain(UserRef user) {
        ChannelGateway gateway = gateways.get(user.channel());
        if (gateway == null) {
            log.warn("no gateway for channel {}: its messages wait", user.channel());
            return;
        }
        while (true) {
            Instant now = clock.instant();
            Optional<Outbox.Entry> claimed;
            try {
                claimed = outbox.claimNext(user, now, now.plus(Outbox.CLAIM));
            } catch (RuntimeException e) {
                log.warn("outbox unavailable; delivery resumes on the next sweep", e);
                return;
            }
            if (claimed.isEmpty()) {
                return;
            }
            if (!deliver(gateway, claimed.get(), now)) {
                return;
            }
        }
    }

    /** @return true to go on with the person's next entry, false to wait (a retry is scheduled) */
    private boolean deliver(ChannelGateway gateway, Outbox.Entry entry, Instant now) {
        boolean reply = entry.replyToken() != null && now.isBefore(entry.createdAt().plus(REPLY_WINDOW));
        try {
            if (!reply) {
                limits.forChannel(entry.user().channel()).acquire();
            }
            gateway.deliver(entry.user(), reply ? entry.replyToken() : null, entry.retryKey(), entry.messages());
            outbox.delivered(entry.id(), !reply);
            stats.delivered(entry.user().channel(), reply);
            return true;
        } catch (DeliveryException e) {
            if (reply && !e.retryable()) {
                // The reply token was refused (used or expired): the same messages go as a push, now.
                stats.replyRefused(entry.user().channel());
                outbox.retryLater(entry.id(), now, e.status(), true);
                return true;
            }
            if (e.retryable() && retry.keepTrying(entry.createdAt(), now)) {
                stats.retried(entry.user().channel(), e.status());
                java.time.Duration delay = retry.delay(entry.attempts());
                if (e.retryAfter().isPresent() && e.retryAfter().get().compareTo(delay) > 0) {
                    delay = e.retryAfter().get();
                }
                outbox.retryLater(entry.id(), now.plus(delay), e.status(), false);
                return false;
            }
            stats.dropped(entry.user().channel(), e.status());
            log.warn("outbox entry {} dropped after {} attempt(s): HTTP {} (created {}, now {})", entry.id(), entry.attempts(), e.status(), entry.createdAt(), now);
            outbox.delivered(entry.id(), false);
            return true;
        }
    }
}
