package dev.zairyu.bench;

import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fast stand-in for LINE's Messaging API: answers every call at once and notes when each reply
 * arrives, by reply token, so end-to-end latency (webhook sent → reply call received) can be computed.
 */
final class FakeLineApi implements AutoCloseable {
    private final Javalin app;
    final ConcurrentHashMap<String, Long> repliedAt = new ConcurrentHashMap<>();
    final AtomicLong replies = new AtomicLong();
    final AtomicLong pushes = new AtomicLong();
    final AtomicLong other = new AtomicLong();
    /** Pushes received per tenth of a second, to check a rate limit over any one-second window. */
    final ConcurrentHashMap<Long, Long> pushesPerTenth = new ConcurrentHashMap<>();

    /** Pushes received in each second from the first one, for the timeline. */
    java.util.List<Long> pushesPerSecond() {
        long first = pushesPerTenth.keySet().stream().mapToLong(Long::longValue).min().orElse(0);
        long last = pushesPerTenth.keySet().stream().mapToLong(Long::longValue).max().orElse(-1);
        java.util.List<Long> seconds = new java.util.ArrayList<>();
        for (long start = first; start <= last; start += 10) {
            long sum = 0;
            for (long t = start; t < start + 10; t++) {
                sum += pushesPerTenth.getOrDefault(t, 0L);
            }
            seconds.add(sum);
        }
        return seconds;
    }

    /** The most pushes received in any one second (ten consecutive tenths). */
    long maxPushesInOneSecond() {
        long max = 0;
        for (long start : pushesPerTenth.keySet()) {
            long sum = 0;
            for (long t = start; t < start + 10; t++) {
                sum += pushesPerTenth.getOrDefault(t, 0L);
            }
            max = Math.max(max, sum);
        }
        return max;
    }
    private final ConcurrentHashMap<String, Object> waiting = new ConcurrentHashMap<>();

    /** Blocks until the reply for {@code token} has arrived (or 30 s pass). */
    void awaitReply(String token) throws InterruptedException {
        Object waiter = new Object();
        synchronized (waiter) {
            waiting.put(token, waiter);
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!repliedAt.containsKey(token) && System.nanoTime() < deadline) {
                waiter.wait(100);
            }
        }
        waiting.remove(token);
    }

    FakeLineApi() {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.post("/v2/bot/message/reply", ctx -> {
                long now = System.nanoTime();
                String body = new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
                int at = body.indexOf("\"replyToken\":\"");
                if (at >= 0) {
                    String token = body.substring(at + 14, body.indexOf('"', at + 14));
                    repliedAt.put(token, now);
                    Object waiter = waiting.remove(token);
                    if (waiter != null) {
                        synchronized (waiter) {
                            waiter.notifyAll();
                        }
                    }
                }
                replies.incrementAndGet();
                ctx.contentType("application/json").result("{\"sentMessages\":[]}");
            });
            config.routes.post("/v2/bot/message/push", ctx -> {
                pushes.incrementAndGet();
                long tenth = System.nanoTime() / 100_000_000L;
                pushesPerTenth.merge(tenth, 1L, Long::sum);
                ctx.contentType("application/json").result("{\"sentMessages\":[]}");
            });
            config.routes.post("/v2/bot/chat/loading/start", ctx -> {
                other.incrementAndGet();
                ctx.status(202).result("{}");
            });
        }).start("127.0.0.1", 0);
    }

    int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
