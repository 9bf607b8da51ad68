package io.reanimator.schemas.db;

import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database to the current relational schema with the Flyway migrations in
 * {@value #LOCATION} ({@code V1__baseline.sql}, ...).
 *
 * <p>Safe to run at every start and from several processes at once: Flyway records what it applied in
 * {@code flyway_schema_history}, takes a lock while migrating, and applies nothing the second time.
 * {@code clean} stays disabled, so no code path can drop the medical record.
 */
public final class DatabaseMigrator {

    /** Where the migrations are on the classpath. */
    public static final String LOCATION = "classpath:db/migration";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseMigrator.class);

    private final Flyway flyway;

    /** Migrates the database that {@code dataSource}'s connections use. */
    public DatabaseMigrator(DataSource dataSource) {
        this.flyway = Flyway.configure()
                .dataSource(Objects.requireNonNull(dataSource, "dataSource"))
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
    }

    /**
     * Applies the pending migrations.
     *
     * @return how many were applied; 0 when the schema is already current
     */
    public int migrate() {
        MigrateResult result = flyway.migrate();
        LOG.info("Database schema at version {}: {} migration(s) applied",
                result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                result.migrationsExecuted);
        return result.migrationsExecuted;
    }
}
