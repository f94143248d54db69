package dev.zairyu.bot.dispatch;

import dev.zairyu.bot.domain.Channel;
import java.util.EnumMap;
import java.util.Map;

/** Per-channel push rate limits (LINE allows 2,000 push requests a second by default). */
public final class PushLimits {
    private static final RateLimiter UNLIMITED_FALLBACK = new RateLimiter(1_000_000);
    private final Map<Channel, RateLimiter> limiters = new EnumMap<>(Channel.class);

    /**
     * Paces pushes at 95% of {@code perSecond}: network jitter bunches requests on the way, and the
     * platform's limit must hold as it counts them, not only as we send them.
     */
    public PushLimits with(Channel channel, double perSecond) {
        limiters.put(channel, new RateLimiter(perSecond * HEADROOM));
        return this;
    }

    static final double HEADROOM = 0.95;

    RateLimiter forChannel(Channel channel) {
        return limiters.getOrDefault(channel, UNLIMITED_FALLBACK);
    }
}
