package io.reanimator.embedded.junit;

import com.zaxxer.hikari.HikariDataSource;
import io.reanimator.schemas.db.DataSources;
import io.reanimator.schemas.db.PoolSettings;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One migrated database for one test class. Read like a record (name, jdbcUrl, username, password); it
 * is a class because it also owns the connection pool, created on the first {@link #dataSource()} call
 * and closed with the test class.
 */
public final class TestDatabase implements AutoCloseable {

    private static final int POOL_SIZE = 4;

    private final String name;
    private final String jdbcUrl;
    private final String username;
    private final String password;
    private HikariDataSource dataSource;
    private boolean closed;

    public TestDatabase(String name, String jdbcUrl, String username, String password) {
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
    }

    public String name() {
        return name;
    }

    /** URL of this database, with the session options of {@code MariaDbUrls} (UTC session). */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** A fixed-size pool ({@value #POOL_SIZE} connections) made by {@link DataSources#pooled}. */
    public synchronized DataSource dataSource() {
        if (closed) {
            throw new IllegalStateException("Test database " + name + " is closed: its test class has ended");
        }
        if (dataSource == null) {
            PoolSettings settings = PoolSettings.of(jdbcUrl, username, password)
                    .withPoolSize(POOL_SIZE)
                    .withPoolName("test-" + name);
            try {
                dataSource = DataSources.pooled(settings);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not open a pool on " + jdbcUrl, e);
            }
        }
        return dataSource;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (dataSource != null) {
            dataSource.close();
        }
    }

    @Override
    public String toString() {
        return "TestDatabase[" + name + " at " + jdbcUrl + "]";
    }
}
