package dev.zairyu.bot.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the storage tests run against: H2 always; PostgreSQL when {@code TEST_DATABASE_URL}
 * points at one (CI sets it), otherwise those cases are skipped with the reason shown.
 */
public final class TestDatabases {
    public static final String ENV = "TEST_DATABASE_URL";

    private TestDatabases() {
    }

    /** Parameter source for {@code @ParameterizedTest}: "h2", "postgresql". */
    public static Stream<String> kinds() {
        return Stream.of("h2", "postgresql");
    }

    /** A fresh, empty database of this kind; PostgreSQL is emptied rather than created. */
    public static String fresh(String kind) {
        if (kind.equals("h2")) {
            return "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        }
        String url = System.getenv(ENV);
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                ENV + " is not set: PostgreSQL tests skipped (.ci/run sets it to a throwaway database)");
        empty(url);
        return url;
    }

    private static void empty(String url) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(
                    "select table_name from information_schema.tables where table_schema = current_schema() and table_name <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (!tables.isEmpty()) {
                s.execute("truncate table " + String.join(", ", tables) + " restart identity");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the PostgreSQL test database", e);
        }
    }

    /** Connects for inspection, adding H2's PostgreSQL mode the bot uses. */
    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url.startsWith("jdbc:h2:") ? url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" : url);
    }

    /** Runs one SQL statement (test set-up: rows a test needs that no conversation would take long to make). */
    public static void execute(String url, String sql, Object... args) throws SQLException {
        try (Connection c = connect(url); java.sql.PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.execute();
        }
    }

    /** One statement run for each row of arguments, as one batch on one connection. */
    public static void executeBatch(String url, String sql, List<Object[]> rows) throws SQLException {
        try (Connection c = connect(url); java.sql.PreparedStatement s = c.prepareStatement(sql)) {
            for (Object[] args : rows) {
                for (int i = 0; i < args.length; i++) {
                    s.setObject(i + 1, args[i]);
                }
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    public static long count(String url, String sql) throws SQLException {
        try (Connection c = connect(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every row in every table of the bot that mentions {@code needle} in any column, as text. */
    public static List<String> rowsMentioning(String url, String needle) throws SQLException {
        List<String> hits = new ArrayList<>();
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            for (String table : List.of("conversation", "inbox", "outbox", "reminder")) {
                try (ResultSet rs = s.executeQuery("select * from " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            String value = rs.getString(i);
                            if (value != null && value.contains(needle)) {
                                hits.add(table + "." + rs.getMetaData().getColumnName(i) + " = " + value);
                            }
                        }
                    }
                }
            }
        }
        return hits;
    }
}
