package dev.zairyu.bot.store.jdbc;

import dev.zairyu.bot.domain.ConversationState;
import dev.zairyu.bot.domain.OutboundMessage;
import dev.zairyu.bot.domain.UserRef;
import dev.zairyu.bot.store.PendingEvent;
import dev.zairyu.bot.store.UserSession;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One person's rows inside one transaction; created by {@link JdbcTurnStore}. */
final class JdbcUserSession implements UserSession {
    private final Connection connection;
    private final UserRef user;
    private final Instant now;
    private final List<Long> processed = new ArrayList<>();
    private long version;
    private ConversationState state;
    private ConversationState toSave;
    private boolean rowExists;

    JdbcUserSession(Connection connection, UserRef user, Instant now, JdbcTurnStore.Versioned cached) throws SQLException {
        this.connection = connection;
        this.user = user;
        this.now = now;
        lock(cached);
    }

    /** Locks the person's row, creating it if needed, and reads their state (from the cache if current). */
    private void lock(JdbcTurnStore.Versioned cached) throws SQLException {
        Long current = lockedVersion();
        if (current == null) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into conversation (user_key, slots, language, version, updated_at) values (?, '{}', '', 0, ?) on conflict do nothing")) {
                insert.setString(1, user.key());
                insert.setTimestamp(2, Timestamp.from(now));
                insert.executeUpdate();
            }
            current = lockedVersion();
        }
        rowExists = true;
        version = current;
        if (version == 0) {
            state = null;
        } else if (cached != null && cached.version() == version) {
            state = cached.state();
        } else {
            state = readState();
        }
    }

    private Long lockedVersion() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select version from conversation where user_key = ? for update")) {
            select.setString(1, user.key());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private ConversationState readState() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select flow, step, slots, language from conversation where user_key = ?")) {
            select.setString(1, user.key());
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return new ConversationState(rs.getString(1), rs.getString(2), Json.slots(rs.getString(3)), rs.getString(4));
            }
        }
    }

    @Override
    public Optional<ConversationState> state() {
        return Optional.ofNullable(toSave != null ? toSave : state);
    }

    @Override
    public List<PendingEvent> pending() {
        List<PendingEvent> events = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, payload from inbox where user_key = ? and processed_at is null order by id")) {
            select.setString(1, user.key());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    events.add(new PendingEvent(rs.getLong(1), Json.event(rs.getString(2))));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        return events;
    }

    @Override
    public void processed(PendingEvent event) {
        processed.add(event.id());
    }

    @Override
    public void save(ConversationState newState) {
        toSave = newState;
    }

    @Override
    public void forget() {
        try {
            execute("delete from conversation where user_key = ?");
            execute("delete from outbox where user_key = ?");
            // The event ids stay (so a redelivery is still recognised); who sent them and what they said go.
            try (PreparedStatement update = connection.prepareStatement(
                    "update inbox set user_key = null, payload = null, processed_at = coalesce(processed_at, ?) where user_key = ?")) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setString(2, user.key());
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        rowExists = false;
        state = null;
        toSave = null;
    }

    private void execute(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, user.key());
            statement.executeUpdate();
        }
    }

    @Override
    public void send(List<OutboundMessage> messages, String replyToken) {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into outbox (user_key, reply_token, retry_key, messages, created_at, next_attempt_at) values (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, user.key());
            insert.setString(2, replyToken);
            insert.setString(3, UUID.randomUUID().toString());
            insert.setString(4, Json.messages(messages));
            insert.setTimestamp(5, Timestamp.from(now));
            insert.setTimestamp(6, Timestamp.from(now));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** Writes what the turn decided: handled events, then the new state. */
    void flush() throws SQLException {
        if (!processed.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "update inbox set processed_at = ?, payload = null where id = ?")) {
                for (long id : processed) {
                    update.setTimestamp(1, Timestamp.from(now));
                    update.setLong(2, id);
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
        if (toSave == null) {
            return;
        }
        version++;
        String sql = rowExists
                ? "update conversation set flow = ?, step = ?, slots = ?, language = ?, version = ?, updated_at = ? where user_key = ?"
                : "insert into conversation (flow, step, slots, language, version, updated_at, user_key) values (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement write = connection.prepareStatement(sql)) {
            write.setString(1, toSave.flow());
            write.setString(2, toSave.step());
            write.setString(3, Json.slots(toSave.slots()));
            write.setString(4, toSave.language());
            write.setLong(5, version);
            write.setTimestamp(6, Timestamp.from(now));
            write.setString(7, user.key());
            write.executeUpdate();
        }
        rowExists = true;
    }

    /** The state as committed by this turn, or null when nothing was saved. */
    JdbcTurnStore.Versioned savedVersion() {
        return toSave == null ? (state == null ? null : new JdbcTurnStore.Versioned(version, state)) : new JdbcTurnStore.Versioned(version, toSave);
    }
}
