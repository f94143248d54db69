package dev.zairyu.bot.dispatch;

import dev.zairyu.bot.domain.Channel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Counts of what happened to outgoing messages, by channel and outcome, as Micrometer counters. */
public final class DeliveryStats {
    private final MeterRegistry registry;

    public DeliveryStats(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counting into a registry of its own, for tests and tools. */
    public DeliveryStats() {
        this(new SimpleMeterRegistry());
    }

    void delivered(Channel channel, boolean asReply) {
        add(channel, asReply ? "replied" : "pushed");
    }

    void replyRefused(Channel channel) {
        add(channel, "reply_refused");
        platformError(channel, 400);
    }

    void retried(Channel channel, int status) {
        add(channel, "retried");
        platformError(channel, status);
    }

    void dropped(Channel channel, int status) {
        add(channel, "dropped_" + (status == 0 ? "unreachable" : String.valueOf(status)));
        platformError(channel, status);
    }

    private void platformError(Channel channel, int status) {
        Counter.builder("zairyu.platform.errors").tag("channel", channel.code()).tag("status", status == 0 ? "unreachable" : String.valueOf(status))
                .description("Errors answered by the platforms' APIs").register(registry).increment();
    }

    private void add(Channel channel, String outcome) {
        Counter.builder("zairyu.deliveries").tag("channel", channel.code()).tag("outcome", outcome)
                .description("Outgoing message batches by channel and outcome").register(registry).increment();
    }

    /** The count of one outcome, e.g. {@code line.dropped_400}. */
    public long count(String key) {
        int dot = key.indexOf('.');
        Counter counter = registry.find("zairyu.deliveries").tag("channel", key.substring(0, dot)).tag("outcome", key.substring(dot + 1)).counter();
        return counter == null ? 0 : (long) counter.count();
    }
}
