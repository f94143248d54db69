package dev.zairyu.bot.store.jdbc;

import dev.zairyu.bot.domain.InboundEvent;
import dev.zairyu.bot.domain.UserRef;
import dev.zairyu.bot.store.Inbox;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbox, written with group commit: webhook requests queue their events, one writer thread inserts
 * everything queued in a single transaction, and each request is acknowledged when its commit is done.
 * Many concurrent webhooks cost one commit, not one each, and no webhook thread waits on the database.
 */
public final class JdbcInbox implements Inbox, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JdbcInbox.class);
    private static final int MAX_BATCH = 1000;

    private final Database db;
    private final Clock clock;
    /**
     * Completing a request's future runs its continuation (writing the HTTP response, queueing the turn):
     * that must not happen on the writer thread, or the next commit waits for every response of the last.
     */
    private final java.util.concurrent.ExecutorService completions =
            java.util.concurrent.Executors.newFixedThreadPool(4, runnable -> {
                Thread thread = new Thread(runnable, "inbox-ack");
                thread.setDaemon(true);
                return thread;
            });
    private final BlockingQueue<Request> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean running = true;

    private record Request(List<InboundEvent> events, CompletableFuture<List<InboundEvent>> done) {
    }

    public JdbcInbox(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.writer = new Thread(this::writeLoop, "inbox-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** The key that de-duplicates: event ids are only unique within a channel. */
    static String eventKey(InboundEvent event) {
        return event.user().channel().code() + ":" + event.eventId();
    }

    @Override
    public CompletableFuture<List<InboundEvent>> append(List<InboundEvent> events) {
        CompletableFuture<List<InboundEvent>> done = new CompletableFuture<>();
        if (!running) {
            done.completeExceptionally(new IllegalStateException("the inbox is closed"));
        } else {
            queue.add(new Request(events, done));
        }
        return done;
    }

    private void writeLoop() {
        List<Request> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Request first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                log.error("inbox write failed for {} request(s); they are refused and will be redelivered", batch.size(), e);
                List<Request> failed = List.copyOf(batch);
                completions.execute(() -> failed.forEach(r -> r.done().completeExceptionally(e)));
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Request> batch) {
        Instant now = clock.instant();
        List<InboundEvent> all = new ArrayList<>();
        batch.forEach(r -> all.addAll(r.events()));
        int[] inserted = db.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into inbox (event_id, user_key, payload, received_at) values (?, ?, ?, ?) on conflict do nothing")) {
                for (InboundEvent event : all) {
                    insert.setString(1, eventKey(event));
                    insert.setString(2, event.user().key());
                    insert.setString(3, Json.event(event));
                    insert.setTimestamp(4, Timestamp.from(now));
                    insert.addBatch();
                }
                return insert.executeBatch();
            }
        });
        // Acknowledged only once on disk: the platform will not send these again.
        CompletableFuture<Void> durable = db.durability().afterCommit();
        int i = 0;
        for (Request request : batch) {
            List<InboundEvent> fresh = new ArrayList<>(request.events().size());
            for (InboundEvent event : request.events()) {
                if (inserted[i++] != 0) {
                    fresh.add(event);
                }
            }
            durable.thenRunAsync(() -> request.done().complete(fresh), completions)
                    .exceptionally(e -> {
                        request.done().completeExceptionally(e);
                        return null;
                    });
        }
    }

    @Override
    public List<UserRef> usersWithPendingEvents(Instant receivedAfter, int limit) {
        return db.transaction(connection -> {
            List<UserRef> users = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select distinct user_key from inbox where processed_at is null and user_key is not null"
                            + (receivedAfter == null ? "" : " and received_at > ?") + " limit ?")) {
                int i = 1;
                if (receivedAfter != null) {
                    select.setTimestamp(i++, Timestamp.from(receivedAfter));
                }
                select.setInt(i, limit);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        users.add(UserRef.parse(rs.getString(1)));
                    }
                }
            }
            return users;
        });
    }

    @Override
    public void failed(UserRef user, int giveUpAfter) {
        int setAside = db.transaction(connection -> {
            try (PreparedStatement count = connection.prepareStatement(
                    "update inbox set attempts = attempts + 1 where user_key = ? and processed_at is null")) {
                count.setString(1, user.key());
                count.executeUpdate();
            }
            try (PreparedStatement giveUp = connection.prepareStatement(
                    "update inbox set processed_at = ?, payload = null where user_key = ? and processed_at is null and attempts >= ?")) {
                giveUp.setTimestamp(1, Timestamp.from(clock.instant()));
                giveUp.setString(2, user.key());
                giveUp.setInt(3, giveUpAfter);
                return giveUp.executeUpdate();
            }
        });
        if (setAside > 0) {
            log.error("{} event(s) of a {} user set aside after {} failed attempts", setAside, user.channel(), giveUpAfter);
        }
    }

    @Override
    public int prune(Instant receivedBefore) {
        return db.transaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from inbox where received_at < ? and processed_at is not null")) {
                delete.setTimestamp(1, Timestamp.from(receivedBefore));
                return delete.executeUpdate();
            }
        });
    }

    /** Number of accepted events not yet handled. */
    public long backlog() {
        return db.transaction(connection -> {
            try (PreparedStatement count = connection.prepareStatement("select count(*) from inbox where processed_at is null");
                 ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Stops taking events and writes what is queued. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        writer.join(10_000);
        completions.shutdown();
        completions.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
    }

}
