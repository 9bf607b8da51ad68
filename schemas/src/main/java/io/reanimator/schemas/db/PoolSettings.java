package io.reanimator.schemas.db;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Settings of a fixed-size connection pool.
 *
 * @param jdbcUrl           a {@code jdbc:mariadb:} URL; the session options of {@link MariaDbUrls} are added
 * @param username          database user
 * @param password          database password, may be empty
 * @param poolSize          connections kept open; the pool neither grows nor shrinks
 * @param maxLifetime       a connection is retired after this long; must stay below the server's
 *                          {@code wait_timeout}, which {@link DataSources#pooled} checks on start
 * @param connectionTimeout how long a caller waits for a connection before an SQLException
 * @param poolName          names the pool's threads and log lines
 */
public record PoolSettings(
        String jdbcUrl,
        String username,
        String password,
        int poolSize,
        Duration maxLifetime,
        Duration connectionTimeout,
        String poolName) {

    /** Default size: the sink writes one batch at a time per task. */
    public static final int DEFAULT_POOL_SIZE = 4;
    /** HikariCP's own default; far below MariaDB's default wait_timeout of 8 h. */
    public static final Duration DEFAULT_MAX_LIFETIME = Duration.ofMinutes(30);
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(10);

    public PoolSettings {
        List<String> problems = new ArrayList<>();
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:mariadb:")) {
            problems.add("jdbcUrl must start with jdbc:mariadb:, got: " + jdbcUrl);
        }
        if (username == null || username.isBlank()) {
            problems.add("username is missing");
        }
        if (poolSize < 1) {
            problems.add("poolSize must be at least 1, got: " + poolSize);
        }
        if (maxLifetime == null || maxLifetime.compareTo(Duration.ofSeconds(30)) < 0) {
            problems.add("maxLifetime must be at least 30 s (HikariCP's minimum), got: " + maxLifetime);
        }
        if (connectionTimeout == null || connectionTimeout.compareTo(Duration.ofMillis(250)) < 0) {
            problems.add("connectionTimeout must be at least 250 ms, got: " + connectionTimeout);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid pool settings: " + String.join("; ", problems));
        }
        password = Objects.requireNonNullElse(password, "");
        poolName = Objects.requireNonNullElse(poolName, "reanimator-db");
    }

    /** Settings with the defaults above. */
    public static PoolSettings of(String jdbcUrl, String username, String password) {
        return new PoolSettings(jdbcUrl, username, password, DEFAULT_POOL_SIZE, DEFAULT_MAX_LIFETIME,
                DEFAULT_CONNECTION_TIMEOUT, null);
    }

    public PoolSettings withPoolSize(int size) {
        return new PoolSettings(jdbcUrl, username, password, size, maxLifetime, connectionTimeout, poolName);
    }

    public PoolSettings withMaxLifetime(Duration lifetime) {
        return new PoolSettings(jdbcUrl, username, password, poolSize, lifetime, connectionTimeout, poolName);
    }

    public PoolSettings withPoolName(String name) {
        return new PoolSettings(jdbcUrl, username, password, poolSize, maxLifetime, connectionTimeout, name);
    }

    /** Keeps the password out of logs and exception messages. */
    @Override
    public String toString() {
        return "PoolSettings[jdbcUrl=" + jdbcUrl + ", username=" + username + ", poolSize=" + poolSize
                + ", maxLifetime=" + maxLifetime + ", connectionTimeout=" + connectionTimeout
                + ", poolName=" + poolName + "]";
    }
}
