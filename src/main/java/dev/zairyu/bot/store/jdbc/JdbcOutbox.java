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

/** The outbox table: entries are claimed one at a time per person, and deleted once delivered. */
public final class JdbcOutbox implements Outbox {
    private final Database db;

    public JdbcOutbox(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Entry> claimNext(UserRef user, Instant now, Instant claimUntil) {
        return db.transaction(connection -> {
            Entry entry;
            // The oldest entry of the person, whatever its state: if it is not due or held elsewhere, nothing
            // later may overtake it.
            try (PreparedStatement select = connection.prepareStatement(
                    "select id, reply_token, retry_key, messages, created_at, attempts, next_attempt_at, claimed_until "
                            + "from outbox where user_key = ? order by id limit 1 for update")) {
                select.setString(1, user.key());
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
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
                claim.executeUpdate();
            }
            return Optional.of(entry);
        });
    }

    @Override
    public void delivered(long id) {
        db.transaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from outbox where id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate();
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

    @Override
    public long backlog() {
        return db.transaction(connection -> {
            try (PreparedStatement count = connection.prepareStatement("select count(*) from outbox");
                 ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
