package dev.zairyu.bot.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The connection pool and the schema. H2 runs in PostgreSQL mode so one set of SQL serves both; its
 * commits reach the file in the background, and {@link #durability()} waits for them where it matters.
 */
public final class Database implements AutoCloseable {
    /** DB_CLOSE_ON_EXIT=FALSE: our shutdown closes the pool after the last turn, not H2's own hook before it. */
    private static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE";

    private final HikariDataSource pool;
    private final boolean postgres;
    private final Durability durability;

    private Database(HikariDataSource pool, boolean postgres) {
        this.pool = pool;
        this.postgres = postgres;
        this.durability = Durability.of(pool, postgres);
    }

    public Durability durability() {
        return durability;
    }

    /** Opens the pool and brings the schema up to date. */
    public static Database open(String databaseUrl, int poolSize) {
        HikariConfig config = new HikariConfig();
        String lower = databaseUrl.toLowerCase(Locale.ROOT);
        boolean postgres = !lower.startsWith("jdbc:h2:");
        if (lower.startsWith("postgres://") || lower.startsWith("postgresql://")) {
            URI uri = URI.create(databaseUrl);
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            config.setJdbcUrl("jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getPath() + query);
            if (uri.getRawUserInfo() != null) {
                String[] userInfo = uri.getRawUserInfo().split(":", 2);
                config.setUsername(URLDecoder.decode(userInfo[0], StandardCharsets.UTF_8));
                if (userInfo.length > 1) {
                    config.setPassword(URLDecoder.decode(userInfo[1], StandardCharsets.UTF_8));
                }
            }
        } else if (!postgres) {
            config.setJdbcUrl(databaseUrl + (lower.contains("mode=") ? "" : H2_SETTINGS));
        } else {
            config.setJdbcUrl(databaseUrl);
        }
        if (postgres) {
            // A batch of inserts becomes one multi-row statement: the inbox, the outbox and reminders insert in batches.
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
            // Every statement here finds rows by an indexed key or range. A table that filled faster than
            // autovacuum analyses it (a fresh database, a burst of reminders) has no statistics yet, and the
            // planner would then scan the whole inbox for one batch's pending events: 200 ms instead of 1.
            config.setConnectionInitSql("set enable_seqscan = off");
        }
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(Math.min(2, poolSize));
        config.setPoolName("zairyu-db");
        config.setAutoCommit(true);
        config.setConnectionTimeout(10_000);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:" + Migrations.FOLDER)
                    .resourceProvider(new Migrations()).skipDefaultCallbacks(true)
                    .placeholders(java.util.Map.of("identity_cache", postgres ? "1" : "1000"))
                    .load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, postgres);
    }

    public boolean postgres() {
        return postgres;
    }

    public DataSource dataSource() {
        return pool;
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T transaction(Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** True when the database answers, for the readiness check. */
    public boolean reachable() {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        durability.close();
        pool.close();
    }
}
