package dev.zairyu.bot.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a failed delivery again: exponential backoff from 1 s, capped at a minute, with jitter so
 * instances coming back from an outage do not all retry at the same moment; given up after a window
 * long enough to ride out a platform outage (LINE asks for at least several minutes).
 */
public record RetryPolicy(Duration first, Duration cap, Duration giveUpAfter) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(15));

    /** @param attempt 1 for the delay after the first failure */
    public Duration delay(int attempt) {
        long base = first.toMillis() << Math.min(Math.max(attempt - 1, 0), 20);
        long capped = Math.min(base, cap.toMillis());
        return Duration.ofMillis(capped + ThreadLocalRandom.current().nextLong(capped / 5 + 1));
    }

    public boolean keepTrying(Instant createdAt, Instant now) {
        return now.isBefore(createdAt.plus(giveUpAfter));
    }
}
