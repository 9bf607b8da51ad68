package io.reanimator.schemas.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the HikariCP pools used by the sink and by tests, configured the same way everywhere.
 *
 * <ul>
 *   <li>Fixed size: {@code minimumIdle == maximumPoolSize}, so the pool neither grows under load nor
 *       shrinks while idle (HikariCP's own recommendation).</li>
 *   <li>No {@code connectionTestQuery}: the driver is JDBC 4, HikariCP checks connections with
 *       {@code Connection.isValid()} (a protocol ping), which is cheaper than a query.</li>
 *   <li>{@code maxLifetime} below the server's {@code wait_timeout}, checked once at start: a connection
 *       that outlives the server's idle limit is closed under the pool's feet.</li>
 *   <li>The session options of {@link MariaDbUrls} (UTC session time zone) are always on.</li>
 * </ul>
 */
public final class DataSources {

    /** HikariCP asks for a lifetime at least this much shorter than any limit imposed by the server. */
    static final Duration WAIT_TIMEOUT_MARGIN = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(DataSources.class);

    private DataSources() {
    }

    /**
     * Opens a pool and checks it against the server.
     *
     * @throws IllegalStateException if {@code maxLifetime} is not at least 30 s below the session's
     *                               {@code wait_timeout}; the pool is closed first
     * @throws SQLException          if the server cannot be reached
     */
    public static HikariDataSource pooled(PoolSettings settings) throws SQLException {
        HikariDataSource dataSource = new HikariDataSource(hikariConfig(settings));
        try {
            requireLifetimeBelowWaitTimeout(dataSource, settings.maxLifetime());
        } catch (SQLException | RuntimeException e) {
            dataSource.close();
            throw e;
        }
        LOG.info("Opened connection pool {}", settings);
        return dataSource;
    }

    static HikariConfig hikariConfig(PoolSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(settings.poolName());
        config.setJdbcUrl(MariaDbUrls.withSessionOptions(settings.jdbcUrl()));
        config.setUsername(settings.username());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(settings.poolSize());
        config.setMaxLifetime(settings.maxLifetime().toMillis());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        return config;
    }

    private static void requireLifetimeBelowWaitTimeout(HikariDataSource dataSource, Duration maxLifetime)
            throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT @@SESSION.wait_timeout")) {
            result.next();
            Duration waitTimeout = Duration.ofSeconds(result.getLong(1));
            if (maxLifetime.compareTo(waitTimeout.minus(WAIT_TIMEOUT_MARGIN)) > 0) {
                throw new IllegalStateException("maxLifetime " + maxLifetime + " must be at least "
                        + WAIT_TIMEOUT_MARGIN + " below the server's wait_timeout " + waitTimeout
                        + ": lower maxLifetime or raise wait_timeout");
            }
        }
    }
}
