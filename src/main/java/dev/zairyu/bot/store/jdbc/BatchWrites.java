package dev.zairyu.bot.store.jdbc;

import dev.zairyu.bot.store.Outbox;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Writes what a batch of turns decided, with one batched statement per kind of row. */
final class BatchWrites {
    private BatchWrites() {
    }

    /**
     * @return the outbox entries claimed for this instance: those of people with nothing older waiting,
     *         which can be delivered right after the commit without another round trip
     */
    static List<Outbox.Entry> flush(Connection connection, List<JdbcUserSession> sessions) throws SQLException {
        markProcessed(connection, sessions);
        saveStates(connection, sessions);
        JdbcReminders.apply(connection, sessions);
        return queueMessages(connection, sessions);
    }

    private static void markProcessed(Connection connection, List<JdbcUserSession> sessions) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update inbox set processed_at = ?, payload = null where id = ?")) {
            int n = 0;
            for (JdbcUserSession session : sessions) {
                for (long id : session.processed) {
                    update.setTimestamp(1, Timestamp.from(session.now()));
                    update.setLong(2, id);
                    update.addBatch();
                    n++;
                }
            }
            if (n > 0) {
                update.executeBatch();
            }
        }
    }

    private static void saveStates(Connection connection, List<JdbcUserSession> sessions) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update conversation set flow = ?, step = ?, slots = ?, language = ?, version = ?, updated_at = ? where user_key = ?");
             PreparedStatement insert = connection.prepareStatement(
                "insert into conversation (flow, step, slots, language, version, updated_at, user_key) values (?, ?, ?, ?, ?, ?, ?)")) {
            int updates = 0;
            int inserts = 0;
            for (JdbcUserSession session : sessions) {
                if (session.toSave == null) {
                    continue;
                }
                session.version++;
                PreparedStatement write = session.rowExists ? update : insert;
                write.setString(1, session.toSave.flow());
                write.setString(2, session.toSave.step());
                write.setString(3, Json.slots(session.toSave.slots()));
                write.setString(4, session.toSave.language());
                write.setLong(5, session.version);
                write.setTimestamp(6, Timestamp.from(session.now()));
                write.setString(7, session.user().key());
                write.addBatch();
                if (session.rowExists) {
                    updates++;
                } else {
                    inserts++;
                    session.rowExists = true;
                }
            }
            if (updates > 0) {
                update.executeBatch();
            }
            if (inserts > 0) {
                insert.executeBatch();
            }
        }
    }

    private static List<Outbox.Entry> queueMessages(Connection connection, List<JdbcUserSession> sessions) throws SQLException {
        List<Outbox.Entry> claimed = new ArrayList<>();
        List<Outbox.Entry> inserted = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into outbox (user_key, reply_token, retry_key, messages, created_at, next_attempt_at, claimed_until, attempts) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            List<Boolean> claim = new ArrayList<>();
            for (JdbcUserSession session : sessions) {
                for (JdbcUserSession.Outgoing out : session.outgoing) {
                    // Claimed for delivery at once only when nothing older of the person's is waiting.
                    boolean mine = !session.backlog;
                    UUID retryKey = UUID.randomUUID();
                    insert.setString(1, session.user().key());
                    insert.setString(2, out.replyToken());
                    insert.setString(3, retryKey.toString());
                    insert.setString(4, Json.messages(out.messages()));
                    insert.setTimestamp(5, Timestamp.from(session.now()));
                    insert.setTimestamp(6, Timestamp.from(session.now()));
                    insert.setTimestamp(7, mine ? Timestamp.from(session.now().plus(Outbox.CLAIM)) : null);
                    insert.setInt(8, mine ? 1 : 0);
                    insert.addBatch();
                    inserted.add(new Outbox.Entry(0, session.user(), out.replyToken(), retryKey, out.messages(), session.now(), 1));
                    claim.add(mine);
                }
            }
            if (inserted.isEmpty()) {
                return claimed;
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                for (int i = 0; i < inserted.size() && keys.next(); i++) {
                    if (claim.get(i)) {
                        Outbox.Entry e = inserted.get(i);
                        claimed.add(new Outbox.Entry(keys.getLong(1), e.user(), e.replyToken(), e.retryKey(), e.messages(),
                                e.createdAt(), e.attempts()));
                    }
                }
            }
        }
        return claimed;
    }
}
