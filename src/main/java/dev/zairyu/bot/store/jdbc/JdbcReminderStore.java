package dev.zairyu.bot.store.jdbc;

import dev.zairyu.bot.domain.InboundEvent;
import dev.zairyu.bot.domain.UserRef;
import dev.zairyu.bot.store.ReminderStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reminder rows in the database; see {@link ReminderStore#fireDue}. */
public final class JdbcReminderStore implements ReminderStore {
    private final Database db;

    public JdbcReminderStore(Database db) {
        this.db = db;
    }

    private record Due(long id, String userKey, String kind, Instant dueAt) {
    }

    @Override
    public List<UserRef> fireDue(Instant now, int limit) {
        return db.transaction(connection -> {
            List<Due> due = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select id, user_key, kind, due_at from reminder where state = ? and due_at <= ? "
                            + "order by due_at, id limit ? for update skip locked")) {
                select.setString(1, JdbcReminders.SCHEDULED);
                select.setTimestamp(2, Timestamp.from(now));
                select.setInt(3, limit);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        due.add(new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
                    }
                }
            }
            if (due.isEmpty()) {
                return List.<UserRef>of();
            }
            // Ordered by due time, so the last one seen per person is their latest.
            Map<String, Due> latest = new LinkedHashMap<>();
            due.forEach(d -> latest.put(d.userKey(), d));
            List<Long> skipped = due.stream().filter(d -> latest.get(d.userKey()) != d).map(Due::id).toList();
            insertEvents(connection, latest.values(), now);
            mark(connection, latest.values().stream().map(Due::id).toList(), JdbcReminders.FIRED, now);
            mark(connection, skipped, JdbcReminders.SKIPPED, now);
            return latest.keySet().stream().map(UserRef::parse).toList();
        });
    }

    private static void insertEvents(Connection connection, Iterable<Due> due, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into inbox (event_id, user_key, payload, received_at) values (?, ?, ?, ?) on conflict do nothing")) {
            for (Due d : due) {
                UserRef user = UserRef.parse(d.userKey());
                String eventId = "reminder-" + d.id();
                InboundEvent event = new InboundEvent(eventId, user, now, null, null, new InboundEvent.ReminderDue(d.kind()));
                insert.setString(1, JdbcInbox.eventKey(event));
                insert.setString(2, d.userKey());
                insert.setString(3, Json.event(event));
                insert.setTimestamp(4, Timestamp.from(now));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** One statement for the whole batch, the ids as an array: a pass marks hundreds of rows. */
    private static void mark(Connection connection, List<Long> ids, String state, Instant now) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("update reminder set state = ?, updated_at = ? where id = any(?)")) {
            update.setString(1, state);
            update.setTimestamp(2, Timestamp.from(now));
            update.setArray(3, connection.createArrayOf("bigint", ids.toArray()));
            update.executeUpdate();
        }
    }

    @Override
    public Stats stats(YearMonth month) {
        return db.transaction(connection -> {
            Map<String, Long> byState = new TreeMap<>();
            try (PreparedStatement select = connection.prepareStatement("select state, count(*) from reminder group by state");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    byState.put(rs.getString(1), rs.getLong(2));
                }
            }
            Map<String, Long> byKind = new TreeMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select kind, count(*) from reminder where state = ? group by kind")) {
                select.setString(1, JdbcReminders.SCHEDULED);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        byKind.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            Instant next = null;
            try (PreparedStatement select = connection.prepareStatement("select min(due_at) from reminder where state = ?")) {
                select.setString(1, JdbcReminders.SCHEDULED);
                try (ResultSet rs = select.executeQuery()) {
                    if (rs.next() && rs.getTimestamp(1) != null) {
                        next = rs.getTimestamp(1).toInstant();
                    }
                }
            }
            return new Stats(byState, byKind, next, PushCounts.read(connection, month));
        });
    }
}
