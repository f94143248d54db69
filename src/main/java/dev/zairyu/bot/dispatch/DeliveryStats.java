package dev.zairyu.bot.dispatch;

import dev.zairyu.bot.domain.Channel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts of what happened to outgoing messages, by channel and outcome. */
public final class DeliveryStats {
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    void delivered(Channel channel, boolean asReply) {
        add(channel, asReply ? "replied" : "pushed");
    }

    void replyRefused(Channel channel) {
        add(channel, "reply_refused");
    }

    void retried(Channel channel, int status) {
        add(channel, "retried");
    }

    void dropped(Channel channel, int status) {
        add(channel, "dropped_" + (status == 0 ? "unreachable" : String.valueOf(status)));
    }

    private void add(Channel channel, String outcome) {
        counts.computeIfAbsent(channel.code() + "." + outcome, k -> new LongAdder()).increment();
    }

    /** A snapshot, e.g. {@code line.replied → 120}. */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new java.util.TreeMap<>();
        counts.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    public long count(String key) {
        LongAdder adder = counts.get(key);
        return adder == null ? 0 : adder.sum();
    }
}
