package dev.zairyu.bot.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;

/** Pushes sent per calendar month: LINE's plans cap them, so operators watch the count. */
final class PushCounts {
    private PushCounts() {
    }

    static void add(Connection connection, YearMonth month, long pushes) throws SQLException {
        if (pushes == 0) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into push_count (calendar_month, pushes) values (?, 0) on conflict do nothing")) {
            insert.setString(1, month.toString());
            insert.executeUpdate();
        }
        try (PreparedStatement update = connection.prepareStatement("update push_count set pushes = pushes + ? where calendar_month = ?")) {
            update.setLong(1, pushes);
            update.setString(2, month.toString());
            update.executeUpdate();
        }
    }

    static long read(Connection connection, YearMonth month) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select pushes from push_count where calendar_month = ?")) {
            select.setString(1, month.toString());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
