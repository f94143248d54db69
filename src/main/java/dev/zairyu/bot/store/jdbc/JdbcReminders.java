package dev.zairyu.bot.store.jdbc;

import dev.zairyu.bot.domain.ReminderCommand;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

/** Applies turns' reminder decisions to the reminder table, inside the turn's transaction. */
final class JdbcReminders {
    static final String SCHEDULED = "scheduled";
    static final String FIRED = "fired";
    static final String CANCELLED = "cancelled";
    static final String SKIPPED = "skipped";

    private JdbcReminders() {
    }

    static void apply(Connection connection, List<JdbcUserSession> sessions) throws SQLException {
        for (JdbcUserSession session : sessions) {
            for (ReminderCommand command : session.reminderCommands) {
                if (command instanceof ReminderCommand.Replace replace) {
                    cancelScheduled(connection, session);
                    for (ReminderCommand.Planned planned : replace.reminders()) {
                        insert(connection, session, planned);
                    }
                } else if (command instanceof ReminderCommand.CancelAll) {
                    cancelScheduled(connection, session);
                } else if (command instanceof ReminderCommand.Snooze snooze) {
                    insert(connection, session, snooze.again());
                }
            }
        }
    }

    private static void cancelScheduled(Connection connection, JdbcUserSession session) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update reminder set state = ?, updated_at = ? where user_key = ? and state = ?")) {
            update.setString(1, CANCELLED);
            update.setTimestamp(2, Timestamp.from(session.now()));
            update.setString(3, session.user().key());
            update.setString(4, SCHEDULED);
            update.executeUpdate();
        }
    }

    private static void insert(Connection connection, JdbcUserSession session, ReminderCommand.Planned planned) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into reminder (user_key, kind, due_at, state, created_at, updated_at) values (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, session.user().key());
            insert.setString(2, planned.kind());
            insert.setTimestamp(3, Timestamp.from(planned.due()));
            insert.setString(4, SCHEDULED);
            insert.setTimestamp(5, Timestamp.from(session.now()));
            insert.setTimestamp(6, Timestamp.from(session.now()));
            insert.executeUpdate();
        }
    }
}
