package dev.zairyu.bot.dispatch;

import java.util.concurrent.locks.LockSupport;

/**
 * Paces permits evenly, one every 1/rate seconds, with no bursts: then no one-second window, wherever it
 * starts, holds more than the rate. Pushes wait here rather than be refused by the platform with 429.
 */
public final class RateLimiter {
    private final double perNano;
    private final double capacity;
    private double tokens;
    private long last;

    public RateLimiter(double perSecond) {
        if (perSecond <= 0) {
            throw new IllegalArgumentException("rate must be positive");
        }
        this.perNano = perSecond / 1e9;
        this.capacity = 1;
        this.tokens = 1;
        this.last = System.nanoTime();
    }

    /** Blocks until a permit is available. */
    public void acquire() {
        long waitNanos;
        synchronized (this) {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
            tokens -= 1;
            waitNanos = tokens >= 0 ? 0 : (long) (-tokens / perNano);
        }
        if (waitNanos > 0) {
            LockSupport.parkNanos(waitNanos);
        }
    }
}
