package io.reanimator.deploy.rebuild;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Empties every table a rebuild derives again, in one transaction: what the sink writes from the topics
 * (bundles, assets, components, observations, installations, timeline and failure events, its stored offsets) and
 * what the record API's registry consumer writes from {@code reanimator.registry.v1} (customers, projects,
 * locations, LOT rules, assignments, and the registry's own timeline rows, which live in {@code timeline_events}).
 * The registry tables are emptied too because they point at assets by surrogate id and share the timeline table;
 * the registry topic is kept, and its consumer, whose group the reset deletes, applies every change again.
 */
final class DatabaseReset {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseReset.class);

    /** Emptied by a rebuild, children before parents. */
    static final List<String> RESET = List.of(
            "observations", "installations", "timeline_events", "failure_events", "asset_assignments",
            "registry_applied", "components", "assets", "lots", "locations", "projects", "customers",
            "log_bundles", "sink_offsets");

    /**
     * Kept by a rebuild: the migration history, and tickets with their links, which come from outside systems and
     * have no topic to replay them from.
     */
    static final List<String> KEPT = List.of("flyway_schema_history", "tickets", "ticket_links");

    private DatabaseReset() {
    }

    /** @return rows deleted per table */
    static Map<String, Integer> run(DataSource dataSource) throws SQLException {
        Map<String, Integer> deleted = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            // locations refer to their parent: deleting them in one statement needs the checks off.
            statement.execute("SET SESSION foreign_key_checks = 0");
            try {
                for (String table : RESET) {
                    deleted.put(table, statement.executeUpdate("DELETE FROM " + table));
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                statement.execute("SET SESSION foreign_key_checks = 1");
                connection.setAutoCommit(true);
            }
        }
        LOG.info("Rebuild: emptied the derived tables {}", deleted);
        return deleted;
    }

    /** Rows per table of {@link #RESET}, for the report. */
    static Map<String, Long> counts(DataSource dataSource) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : RESET) {
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }
}
