package dev.zairyu.bot.store.jdbc;

import dev.zairyu.bot.domain.UserRef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything kept about one person, for an operator answering a request for their data. */
public final class JdbcUserData {
    private final Database db;

    public JdbcUserData(Database db) {
        this.db = db;
    }

    /** Every row that names the person, table by table (timestamps as text). */
    public Map<String, List<Map<String, Object>>> export(UserRef user) {
        return db.transaction(connection -> {
            Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
            for (String table : List.of("conversation", "reminder", "outbox", "inbox")) {
                List<Map<String, Object>> rows = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement("select * from " + table + " where user_key = ?")) {
                    select.setString(1, user.key());
                    try (ResultSet rs = select.executeQuery()) {
                        ResultSetMetaData meta = rs.getMetaData();
                        while (rs.next()) {
                            Map<String, Object> row = new LinkedHashMap<>();
                            for (int i = 1; i <= meta.getColumnCount(); i++) {
                                Object value = rs.getObject(i);
                                row.put(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT),
                                        value instanceof Number || value == null ? value : value.toString());
                            }
                            rows.add(row);
                        }
                    }
                }
                tables.put(table, rows);
            }
            return tables;
        });
    }
}
