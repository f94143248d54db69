package dev.zairyu.bot.store.jdbc;

import dev.zairyu.bot.domain.UserRef;
import dev.zairyu.bot.store.Outbox;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox table: entries are claimed one at a time per person, and deleted once delivered. Deletions
 * are batched by one thread, so a busy instance pays one commit for many deliveries.
 */
public final class JdbcOutbox implements Outbox, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JdbcOutbox.class);
    private static final java.time.ZoneId JAPAN = java.time.ZoneId.of("Asia/Tokyo");

    private final Database db;
    private final java.time.Clock clock;
    private final BlockingQueue<Long> deliveredIds = new LinkedBlockingQueue<>();
    private final java.util.concurrent.atomic.AtomicLong pushesToCount = new java.util.concurrent.atomic.AtomicLong();
    /** Delivered, deletion not yet committed: never claimed again meanwhile. */
    private final java.util.Set<Long> deleting = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Thread deleter;
    private volatile boolean running = true;

    public JdbcOutbox(Database db, java.time.Clock clock) {
        this.db = db;
        this.clock = clock;
        this.deleter = new Thread(this::deleteLoop, "outbox-deleter");
        this.deleter.setDaemon(true);
        this.deleter.start();
    }

    private void deleteLoop() {
        List<Long> batch = new ArrayList<>();
        while (running || !deliveredIds.isEmpty()) {
            try {
                Long first = deliveredIds.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                deliveredIds.drainTo(batch, 999);
                long pushes = pushesToCount.getAndSet(0);
                try {
                    db.transaction(connection -> {
                        PushCounts.add(connection, java.time.YearMonth.now(clock.withZone(JAPAN)), pushes);
                        try (PreparedStatement delete = connection.prepareStatement("delete from outbox where id = ?")) {
                            for (long id : batch) {
                                delete.setLong(1, id);
                                delete.addBatch();
                            }
                            return delete.executeBatch();
                        }
                    });
                } catch (RuntimeException e) {
                    pushesToCount.addAndGet(pushes);
                    throw e;
                }
                deleting.removeAll(batch);
                // Not waited for, only hastened: a delivered entry lost in a crash would be sent again.
                db.durability().afterCommit();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // Not deleted: after the claim lapses these are sent again, with the same retry keys.
                log.error("{} delivered outbox entries not deleted", batch.size(), e);
            } finally {
                batch.clear();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        deleter.join(10_000);
    }

    @Override
    public Optional<Entry> claimNext(UserRef user, Instant now, Instant claimUntil) {
        return db.transaction(connection -> {
            Entry entry;
            // The oldest entry of the person, whatever its state: if it is not due or held elsewhere, nothing
            // later may overtake it.
            try (PreparedStatement select = connection.prepareStatement(
                    "select id, reply_token, retry_key, messages, created_at, attempts, next_attempt_at, claimed_until "
                            + "from outbox where user_key = ? order by id limit 16 for update")) {
                select.setString(1, user.key());
                try (ResultSet rs = select.executeQuery()) {
                    boolean found = false;
                    while (rs.next()) {
                        if (!deleting.contains(rs.getLong(1))) {
                            found = true;
                            break;
                        }
                    }
                    if (!found) {
                        return Optional.<Entry>empty();
                    }
                    Timestamp claimed = rs.getTimestamp(8);
                    if (rs.getTimestamp(7).toInstant().isAfter(now) || (claimed != null && claimed.toInstant().isAfter(now))) {
                        return Optional.<Entry>empty();
                    }
                    entry = new Entry(rs.getLong(1), user, rs.getString(2), UUID.fromString(rs.getString(3)),
                            Json.messages(rs.getString(4)), rs.getTimestamp(5).toInstant(), rs.getInt(6) + 1);
                }
            }
            try (PreparedStatement claim = connection.prepareStatement(
                    "update outbox set claimed_until = ?, attempts = attempts + 1 where id = ?")) {
                claim.setTimestamp(1, Timestamp.from(claimUntil));
                claim.setLong(2, entry.id());
                // Zero rows: it was delivered and deleted while we looked (the deletion committed after our
                // read). Claiming it anyway would send it twice.
                if (claim.executeUpdate() != 1) {
                    return Optional.<Entry>empty();
                }
            }
            return Optional.of(entry);
        });
    }

    @Override
    public void delivered(long id, boolean pushed) {
        if (pushed) {
            pushesToCount.incrementAndGet();
        }
        deleting.add(id);
        deliveredIds.add(id);
    }

    @Override
    public void release(long id) {
        db.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update outbox set claimed_until = null where id = ?")) {
                update.setLong(1, id);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public void retryLater(long id, Instant at, int status, boolean dropReplyToken) {
        db.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "update outbox set next_attempt_at = ?, claimed_until = null, last_status = ?"
                            + (dropReplyToken ? ", reply_token = null" : "") + " where id = ?")) {
                update.setTimestamp(1, Timestamp.from(at));
                update.setInt(2, status);
                update.setLong(3, id);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public List<UserRef> usersWithDueEntries(Instant now, int limit) {
        return db.transaction(connection -> {
            List<UserRef> users = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select distinct user_key from outbox where next_attempt_at <= ? and (claimed_until is null or claimed_until <= ?) limit ?")) {
                select.setTimestamp(1, Timestamp.from(now));
                select.setTimestamp(2, Timestamp.from(now));
                select.setInt(3, limit);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        users.add(UserRef.parse(rs.getString(1)));
                    }
                }
            }
            return users;
        });
    }

    /** Entries delivered but not yet deleted count as delivered. */
    @Override
    public long backlog() {
        return db.transaction(connection -> {
            try (PreparedStatement count = connection.prepareStatement("select count(*) from outbox");
                 ResultSet rs = count.executeQuery()) {
                rs.next();
                return Math.max(0, rs.getLong(1) - deliveredIds.size());
            }
        });
    }
}
