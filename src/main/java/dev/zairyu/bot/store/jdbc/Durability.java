package dev.zairyu.bot.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a commit is on disk. PostgreSQL commits are durable when they return. H2 keeps commits in memory
 * and writes them out in the background, which is what makes it fast; where the bot must know a commit
 * survives the process dying (before acknowledging a webhook, before sending an answer), it waits for
 * the next checkpoint here. One checkpoint serves every commit that waited for it: group commit at the
 * storage level.
 */
public final class Durability implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Durability.class);
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private final DataSource dataSource;
    private final LinkedBlockingQueue<CompletableFuture<Void>> waiting;
    private final Thread checkpointer;
    private volatile boolean running = true;

    private Durability(DataSource dataSource, boolean needsCheckpoints) {
        this.dataSource = dataSource;
        if (needsCheckpoints) {
            waiting = new LinkedBlockingQueue<>();
            checkpointer = new Thread(this::loop, "h2-checkpoint");
            checkpointer.setDaemon(true);
            checkpointer.start();
        } else {
            waiting = null;
            checkpointer = null;
        }
    }

    static Durability of(DataSource dataSource, boolean postgres) {
        return new Durability(dataSource, !postgres);
    }

    /** Completes once every commit made before this call is on disk. */
    public CompletableFuture<Void> afterCommit() {
        if (waiting == null) {
            return DONE;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (running) {
            waiting.add(done);
        } else {
            done.completeExceptionally(new IllegalStateException("closed"));
        }
        return done;
    }

    private void loop() {
        List<CompletableFuture<Void>> batch = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            while (running || !waiting.isEmpty()) {
                CompletableFuture<Void> first = waiting.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                waiting.drainTo(batch);
                try {
                    statement.execute("CHECKPOINT");
                    batch.forEach(f -> f.complete(null));
                } catch (SQLException e) {
                    log.error("checkpoint failed; {} commit(s) not known to be durable", batch.size(), e);
                    batch.forEach(f -> f.completeExceptionally(e));
                }
                batch.clear();
            }
        } catch (SQLException e) {
            log.error("checkpoint connection lost", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        if (checkpointer != null) {
            checkpointer.join(10_000);
        }
    }
}
