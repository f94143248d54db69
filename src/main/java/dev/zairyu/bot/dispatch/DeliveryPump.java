package dev.zairyu.bot.dispatch;

import dev.zairyu.bot.domain.UserRef;
import dev.zairyu.bot.store.Inbox;
import dev.zairyu.bot.store.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The safety net under the fast path: at start and then every few moments, finds accepted events no
 * one is handling (a restart, another instance's crash, a failed turn) and outbox entries that are due
 * (retries), and hands them on. Also prunes handled events past the de-duplication window.
 */
public final class DeliveryPump {
    private static final Logger log = LoggerFactory.getLogger(DeliveryPump.class);
    /** Redeliveries come within minutes; a week of handled event ids is ample. */
    static final Duration DEDUPLICATION_WINDOW = Duration.ofDays(7);
    private static final int BATCH = 500;
    /** Most sweeps look only at recent events, by index; now and then (and at start) at all of them. */
    static final Duration RECENT = Duration.ofMinutes(5);
    static final Duration FULL_SWEEP_EVERY = Duration.ofMinutes(10);

    private final Inbox inbox;
    private final Outbox outbox;
    private final TurnProcessor processor;
    private final OutboxSender sender;
    private final Clock clock;
    private Instant lastPrune = Instant.EPOCH;
    private Instant lastFullSweep = Instant.EPOCH;

    public DeliveryPump(Inbox inbox, Outbox outbox, TurnProcessor processor, OutboxSender sender, Clock clock) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.processor = processor;
        this.sender = sender;
        this.clock = clock;
    }

    public void start(ScheduledExecutorService timer, Duration every) {
        timer.scheduleWithFixedDelay(this::runSafely, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runSafely() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            log.warn("delivery sweep failed; next sweep soon", e);
        }
    }

    /** One sweep. Returns how many people were handed on. */
    public int runOnce() {
        int handed = 0;
        Instant now = clock.instant();
        Instant since = now.minus(RECENT);
        if (!now.isBefore(lastFullSweep.plus(FULL_SWEEP_EVERY))) {
            lastFullSweep = now;
            since = null;
        }
        for (UserRef user : inbox.usersWithPendingEvents(since, BATCH)) {
            if (!processor.busy(user)) {
                processor.kick(user);
                handed++;
            }
        }
        for (UserRef user : outbox.usersWithDueEntries(now, BATCH)) {
            if (!sender.busy(user)) {
                sender.kick(user);
                handed++;
            }
        }
        if (now.isAfter(lastPrune.plus(Duration.ofHours(1)))) {
            lastPrune = now;
            int pruned = inbox.prune(now.minus(DEDUPLICATION_WINDOW));
            if (pruned > 0) {
                log.info("pruned {} handled inbox event(s) older than {} days", pruned, DEDUPLICATION_WINDOW.toDays());
            }
        }
        return handed;
    }
}
