package dev.zairyu.bot.dispatch;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * Runs tasks on a shared pool, but tasks with the same key one after another in submission order:
 * two messages from one person are never answered at once or out of order.
 */
final class KeyedSerialExecutor {
    private final Executor pool;
    private final ConcurrentHashMap<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    KeyedSerialExecutor(Executor pool) {
        this.pool = pool;
    }

    CompletableFuture<Void> submit(String key, Runnable task) {
        CompletableFuture<Void> mine = tails.compute(key, (k, tail) ->
                (tail == null ? CompletableFuture.<Void>completedFuture(null) : tail)
                        .handle((ignored, error) -> null)
                        .thenRunAsync(task, pool));
        // Drop the entry once this task is the last one, so idle users cost nothing.
        mine.whenComplete((ignored, error) -> tails.remove(key, mine));
        return mine;
    }

    /** True while a task for {@code key} is queued or running here. */
    boolean busy(String key) {
        return tails.containsKey(key);
    }
}
