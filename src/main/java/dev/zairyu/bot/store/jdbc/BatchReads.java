package dev.zairyu.bot.store.jdbc;

import dev.zairyu.bot.domain.ConversationState;
import dev.zairyu.bot.domain.UserRef;
import dev.zairyu.bot.store.PendingEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Locks and reads everything a batch of people needs, with one statement per kind of row. */
final class BatchReads {
    private final Map<String, Long> versions = new HashMap<>();
    private final Map<String, ConversationState> states = new HashMap<>();
    private final Map<String, List<PendingEvent>> pending = new HashMap<>();
    private final Set<String> backlog = new HashSet<>();

    private BatchReads() {
    }

    /** @param cached the cached (version, state) of a person, or null */
    static BatchReads lockAndRead(Connection connection, List<UserRef> users, Instant now,
                                  Function<String, JdbcTurnStore.Versioned> cached) throws SQLException {
        BatchReads reads = new BatchReads();
        List<String> keys = users.stream().map(UserRef::key).toList();
        reads.lockVersions(connection, keys);
        List<String> missing = keys.stream().filter(k -> !reads.versions.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into conversation (user_key, slots, language, version, updated_at) values (?, '{}', '', 0, ?) on conflict do nothing")) {
                for (String key : missing) {
                    insert.setString(1, key);
                    insert.setTimestamp(2, Timestamp.from(now));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            reads.lockVersions(connection, missing);
        }
        List<String> toRead = new ArrayList<>();
        for (String key : keys) {
            long version = reads.versions.get(key);
            JdbcTurnStore.Versioned hit = version == 0 ? null : cached.apply(key);
            if (hit != null && hit.version() == version) {
                reads.states.put(key, hit.state());
            } else if (version != 0) {
                toRead.add(key);
            }
        }
        reads.readStates(connection, toRead);
        reads.readPending(connection, keys);
        reads.readBacklog(connection, keys);
        return reads;
    }

    long version(UserRef user) {
        return versions.get(user.key());
    }

    ConversationState state(UserRef user) {
        return states.get(user.key());
    }

    List<PendingEvent> pending(UserRef user) {
        return pending.getOrDefault(user.key(), Collections.emptyList());
    }

    boolean hasBacklog(UserRef user) {
        return backlog.contains(user.key());
    }

    /** Those of these people whose conversation has been saved at least once. */
    static java.util.Set<String> withConversation(Connection connection, List<String> keys) throws SQLException {
        java.util.Set<String> found = new java.util.HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select user_key from conversation where user_key in (" + placeholders(keys.size()) + ") and version > 0")) {
            bind(select, keys);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    private void lockVersions(Connection connection, List<String> keys) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select user_key, version from conversation where user_key in (" + placeholders(keys.size()) + ") order by user_key for update")) {
            bind(select, keys);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    versions.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
    }

    private void readStates(Connection connection, List<String> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select user_key, flow, step, slots, language from conversation where user_key in (" + placeholders(keys.size()) + ")")) {
            bind(select, keys);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    states.put(rs.getString(1), new ConversationState(rs.getString(2), rs.getString(3),
                            Json.slots(rs.getString(4)), rs.getString(5)));
                }
            }
        }
    }

    private void readPending(Connection connection, List<String> keys) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select id, user_key, payload from inbox where user_key in (" + placeholders(keys.size())
                        + ") and processed_at is null order by id")) {
            bind(select, keys);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    pending.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                            .add(new PendingEvent(rs.getLong(1), Json.event(rs.getString(3))));
                }
            }
        }
    }

    private void readBacklog(Connection connection, List<String> keys) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select distinct user_key from outbox where user_key in (" + placeholders(keys.size()) + ")")) {
            bind(select, keys);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    backlog.add(rs.getString(1));
                }
            }
        }
    }

    static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement statement, List<String> keys) throws SQLException {
        for (int i = 0; i < keys.size(); i++) {
            statement.setString(i + 1, keys.get(i));
        }
    }
}
