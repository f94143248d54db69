package dev.zairyu.bot.store.jdbc;

import dev.zairyu.bot.domain.ConversationState;
import dev.zairyu.bot.domain.OutboundMessage;
import dev.zairyu.bot.domain.ReminderCommand;
import dev.zairyu.bot.domain.UserRef;
import dev.zairyu.bot.store.PendingEvent;
import dev.zairyu.bot.store.UserSession;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One person inside a batch transaction. Reads were done for the whole batch ({@link BatchReads});
 * decisions are collected here and written for the whole batch ({@link BatchWrites}). Only erasure,
 * which is rare, writes at once.
 */
final class JdbcUserSession implements UserSession {
    /** Messages to queue: {@code reply} is the reply token, or null. */
    record Outgoing(List<OutboundMessage> messages, String replyToken) {
    }

    private final Connection connection;
    private final UserRef user;
    private final Instant now;
    private final List<PendingEvent> pending;
    final List<Long> processed = new ArrayList<>();
    final List<Outgoing> outgoing = new ArrayList<>();
    final List<ReminderCommand> reminderCommands = new ArrayList<>();
    long version;
    ConversationState state;
    ConversationState toSave;
    boolean rowExists = true;
    boolean backlog;

    JdbcUserSession(Connection connection, UserRef user, Instant now, long version, ConversationState state,
                    List<PendingEvent> pending, boolean backlog) {
        this.connection = connection;
        this.user = user;
        this.now = now;
        this.version = version;
        this.state = state;
        this.pending = List.copyOf(pending);
        this.backlog = backlog;
    }

    @Override
    public UserRef user() {
        return user;
    }

    Instant now() {
        return now;
    }

    @Override
    public Optional<ConversationState> state() {
        return Optional.ofNullable(toSave != null ? toSave : state);
    }

    @Override
    public List<PendingEvent> pending() {
        return pending;
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
            execute("delete from reminder where user_key = ?");
            // The event ids stay (so a redelivery is still recognised); who sent them and what they said go.
            // Only events up to those handled in this transaction: one that arrived meanwhile (the person
            // wrote again right after) is theirs to be answered.
            long lastHandled = pending.stream().mapToLong(PendingEvent::id).max().orElse(0);
            try (PreparedStatement update = connection.prepareStatement(
                    "update inbox set user_key = null, payload = null, processed_at = coalesce(processed_at, ?) "
                            + "where user_key = ? and (processed_at is not null or id <= ?)")) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setString(2, user.key());
                update.setLong(3, lastHandled);
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        rowExists = false;
        state = null;
        toSave = null;
        outgoing.clear();
        reminderCommands.clear();
        backlog = false;
        version = 0;
    }

    private void execute(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, user.key());
            statement.executeUpdate();
        }
    }

    @Override
    public void reminders(List<ReminderCommand> commands) {
        reminderCommands.addAll(commands);
    }

    @Override
    public void send(List<OutboundMessage> messages, String replyToken) {
        outgoing.add(new Outgoing(messages, replyToken));
    }

    /** The state as committed, or null when the person has none (new and silent, or erased). */
    JdbcTurnStore.Versioned savedVersion() {
        if (toSave != null) {
            return new JdbcTurnStore.Versioned(version, toSave);
        }
        return state == null ? null : new JdbcTurnStore.Versioned(version, state);
    }
}
