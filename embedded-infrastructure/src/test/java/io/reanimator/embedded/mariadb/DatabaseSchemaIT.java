package io.reanimator.embedded.mariadb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reanimator.embedded.junit.TestDatabase;
import io.reanimator.embedded.junit.WithMariaDb;
import io.reanimator.schemas.db.DatabaseMigrator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

@WithMariaDb
class DatabaseSchemaIT {

    private static final List<String> TABLES = List.of(
            "customers", "projects", "locations", "lots", "assets", "components", "installations",
            "log_bundles", "observations", "timeline_events", "tickets", "ticket_links", "failure_events",
            "sink_offsets");

    /** Index name to "table(columns in order)"; a leading '!' marks a unique key. */
    private static final Map<String, String> NAMED_KEYS = Map.ofEntries(
            Map.entry("uk_customers_code", "!customers(code)"),
            Map.entry("uk_projects_customer_code", "!projects(customer_id,code)"),
            Map.entry("uk_locations_path", "!locations(path)"),
            Map.entry("ix_locations_parent", "locations(parent_id)"),
            Map.entry("uk_lots_code", "!lots(code)"),
            Map.entry("ix_lots_type_priority", "lots(component_type,priority)"),
            Map.entry("uk_assets_identity_key", "!assets(identity_key)"),
            Map.entry("ix_assets_vendor_serial", "assets(vendor_serial)"),
            Map.entry("ix_assets_hostname", "assets(hostname)"),
            Map.entry("ix_assets_customer", "assets(customer_id)"),
            Map.entry("ix_assets_project", "assets(project_id)"),
            Map.entry("ix_assets_location", "assets(location_id)"),
            Map.entry("uk_components_identity_key", "!components(identity_key)"),
            Map.entry("ix_components_vendor_serial", "components(vendor_serial)"),
            Map.entry("ix_components_lot", "components(lot_id)"),
            Map.entry("uk_installations_installation_key", "!installations(installation_key)"),
            Map.entry("ix_installations_component_removed", "installations(component_id,removed_at)"),
            Map.entry("ix_installations_asset_removed", "installations(asset_id,removed_at)"),
            Map.entry("uk_log_bundles_bundle_id", "!log_bundles(bundle_id)"),
            Map.entry("ix_log_bundles_received", "log_bundles(received_at)"),
            Map.entry("uk_observations_observation_key", "!observations(observation_key)"),
            Map.entry("ix_observations_component_time", "observations(component_id,collected_at)"),
            Map.entry("ix_observations_asset_time", "observations(asset_id,collected_at)"),
            Map.entry("ix_observations_bundle", "observations(bundle_id)"),
            Map.entry("uk_timeline_events_event_key", "!timeline_events(event_key)"),
            Map.entry("ix_timeline_events_subject_time", "timeline_events(subject_type,subject_id,timestamp,id)"),
            Map.entry("ix_timeline_events_asset_time", "timeline_events(asset_id,timestamp)"),
            Map.entry("ix_timeline_events_component_time", "timeline_events(component_id,timestamp)"),
            Map.entry("uk_tickets_ticket_key", "!tickets(ticket_key)"),
            Map.entry("ix_tickets_system_external_key", "tickets(system,external_key)"),
            Map.entry("uk_ticket_links_ticket_target", "!ticket_links(ticket_id,target_type,target_id)"),
            Map.entry("ix_ticket_links_target", "ticket_links(target_type,target_id)"),
            Map.entry("uk_failure_events_failure_key", "!failure_events(failure_key)"),
            Map.entry("ix_failure_events_component_open", "failure_events(component_id,is_open)"),
            Map.entry("ix_failure_events_asset_open", "failure_events(asset_id,is_open)"),
            Map.entry("PRIMARY", "!sink_offsets(consumer_group,topic,partition_id)"));

    private static final String INSTALLATION_UPSERT = """
            INSERT INTO installations (installation_key, component_id, asset_id, slot, installed_at,
                                       last_seen_present_at, evidence)
            VALUES (?, ?, ?, 'DIMM_A1', ?, ?, '["b1"]')
            ON DUPLICATE KEY UPDATE last_seen_present_at = VALUES(last_seen_present_at),
                                    updated_at = UTC_TIMESTAMP(6)""";

    @Test
    void shouldCreateEveryTableWhenMigrated(TestDatabase db) throws SQLException {
        // when
        List<String> tables = strings(db, """
                SELECT TABLE_NAME FROM information_schema.TABLES
                WHERE TABLE_SCHEMA = DATABASE() AND ENGINE = 'InnoDB'
                  AND TABLE_COLLATION = 'utf8mb4_unicode_ci'""");

        // then
        assertThat(tables).containsAll(TABLES);
    }

    @Test
    void shouldCreateEveryNamedKeyOnItsColumnsWhenMigrated(TestDatabase db) throws SQLException {
        // when
        Map<String, String> keys = new HashMap<>();
        List<String> rows = strings(db, """
                SELECT CONCAT(INDEX_NAME, ' ', IF(NON_UNIQUE = 0, '!', ''), TABLE_NAME, '(',
                              GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX), ')')
                FROM information_schema.STATISTICS
                WHERE TABLE_SCHEMA = DATABASE() AND (INDEX_NAME <> 'PRIMARY' OR TABLE_NAME = 'sink_offsets')
                GROUP BY TABLE_NAME, INDEX_NAME, NON_UNIQUE""");
        rows.forEach(row -> keys.put(row.substring(0, row.indexOf(' ')), row.substring(row.indexOf(' ') + 1)));

        // then
        assertThat(keys).containsAllEntriesOf(NAMED_KEYS);
        assertThat(keys.keySet()).allMatch(name -> name.startsWith("uk_") || name.startsWith("ix_")
                || name.equals("PRIMARY") || name.equals("flyway_schema_history_s_idx"));
    }

    @Test
    void shouldNameEveryForeignKeyAndCheckWhenMigrated(TestDatabase db) throws SQLException {
        // when
        List<String> foreignKeys = strings(db, """
                SELECT CONSTRAINT_NAME FROM information_schema.REFERENTIAL_CONSTRAINTS
                WHERE CONSTRAINT_SCHEMA = DATABASE()""");
        List<String> checks = strings(db, """
                SELECT CONSTRAINT_NAME FROM information_schema.CHECK_CONSTRAINTS
                WHERE CONSTRAINT_SCHEMA = DATABASE() AND CHECK_CLAUSE NOT LIKE 'json_valid(%'""");

        // then
        assertThat(foreignKeys)
                .contains("fk_installations_component", "fk_installations_asset", "fk_projects_customer")
                .allMatch(name -> name.startsWith("fk_"));
        assertThat(checks)
                .contains("ck_installations_order", "ck_log_bundles_bundle_id", "ck_failure_events_confidence")
                .allMatch(name -> name.startsWith("ck_"));
    }

    @Test
    void shouldStoreEveryTimeAsDatetimeWithMicrosecondsWhenMigrated(TestDatabase db) throws SQLException {
        // when
        List<String> timeColumns = strings(db, """
                SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME, ' ', COLUMN_TYPE) FROM information_schema.COLUMNS
                WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME <> 'flyway_schema_history'
                  AND (DATA_TYPE IN ('datetime', 'timestamp', 'date', 'time')
                       OR COLUMN_NAME LIKE '%\\_at' OR COLUMN_NAME IN ('timestamp', 'not_before', 'installed_not_before'))""");

        // then
        assertThat(timeColumns)
                .hasSizeGreaterThan(40)
                .contains("installations.removed_at datetime(6)", "timeline_events.timestamp datetime(6)")
                .allMatch(column -> column.endsWith(" datetime(6)"));
    }

    @Test
    void shouldAllowNullRemovedAtWhenAnInstallationIsActive(TestDatabase db) throws SQLException {
        // when
        List<String> nullable = strings(db, """
                SELECT IS_NULLABLE FROM information_schema.COLUMNS
                WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'installations' AND COLUMN_NAME = 'removed_at'""");

        // then
        assertThat(nullable).containsExactly("YES");
    }

    @Test
    void shouldApplyNothingWhenMigratedAgain(TestDatabase db) {
        // given the extension has migrated the database

        // when
        int applied = new DatabaseMigrator(db.dataSource()).migrate();

        // then
        assertThat(applied).isZero();
    }

    @Test
    void shouldRejectADuplicateInstallationKeyWhenInsertedTwice(TestDatabase db) throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            // given
            long asset = upsertStub(connection, "assets", "ASSET-DUP");
            long component = upsertStub(connection, "components", "COMPONENT-DUP");
            String insert = "INSERT INTO installations (installation_key, component_id, asset_id, installed_at,"
                    + " last_seen_present_at) VALUES (?, ?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))";
            String key = "a".repeat(64);
            execute(connection, insert, key, component, asset);

            // when / then
            assertThatThrownBy(() -> execute(connection, insert, key, component, asset))
                    .isInstanceOf(SQLIntegrityConstraintViolationException.class)
                    .hasMessageContaining("uk_installations_installation_key");
        }
    }

    @Test
    void shouldKeepOneRowWhenTheSameInstallationIsUpsertedTwice(TestDatabase db) throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            // given
            long asset = upsertStub(connection, "assets", "ASSET-UPSERT");
            long component = upsertStub(connection, "components", "COMPONENT-UPSERT");
            LocalDateTime installedAt = LocalDateTime.of(2024, 3, 1, 8, 0);
            String key = "b".repeat(64);
            execute(connection, INSTALLATION_UPSERT, key, component, asset, installedAt, installedAt);

            // when
            execute(connection, INSTALLATION_UPSERT, key, component, asset, installedAt, installedAt.plusDays(7));

            // then
            List<String> rows = strings(connection, "SELECT CAST(last_seen_present_at AS CHAR) FROM installations"
                    + " WHERE installation_key = '" + key + "'");
            assertThat(rows).containsExactly("2024-03-08 08:00:00.000000");
        }
    }

    @Test
    void shouldRejectInvalidJsonWhenWrittenToAJsonColumn(TestDatabase db) throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            // given
            String insert = "INSERT INTO tickets (ticket_key, system, external_key, raw) VALUES (?, 'JIRA', ?, ?)";

            // when / then
            assertThatThrownBy(() -> execute(connection, insert, "JIRA:OPS-1", "OPS-1", "{not json"))
                    .isInstanceOf(SQLIntegrityConstraintViolationException.class);
        }
    }

    @Test
    void shouldRoundTripMicrosecondsInUtcWhenNeitherTheJvmNorTheServerDefaultIsUtc(TestDatabase db)
            throws SQLException {
        // +05:45 for both, so nothing matches by accident; only the URL's options can make the session UTC
        TimeZone originalJvmZone = TimeZone.getDefault();
        String originalServerZone = strings(db, "SELECT @@GLOBAL.time_zone").get(0);
        setServerTimeZone(db, "+05:45");
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kathmandu"));
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
            // given
            Instant receivedAt = Instant.parse("2024-02-29T23:59:59.123456Z");
            String bundleId = "c".repeat(64);

            // when
            execute(connection, "INSERT INTO log_bundles (bundle_id, size_bytes, received_at, raw_location, status)"
                    + " VALUES (?, 1, ?, 'file:///bundles/c', 'RECEIVED')",
                    bundleId, LocalDateTime.ofInstant(receivedAt, ZoneOffset.UTC));

            // then
            try (PreparedStatement read = connection.prepareStatement("SELECT received_at, CAST(received_at AS CHAR),"
                    + " recorded_at, @@session.time_zone FROM log_bundles WHERE bundle_id = ?")) {
                read.setString(1, bundleId);
                try (ResultSet row = read.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC)).isEqualTo(receivedAt);
                    assertThat(row.getString(2)).isEqualTo("2024-02-29 23:59:59.123456");
                    Instant recordedAt = row.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                    assertThat(Duration.between(recordedAt, Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
                    assertThat(row.getString(4)).isEqualTo("+00:00");
                }
            }
        } finally {
            TimeZone.setDefault(originalJvmZone);
            setServerTimeZone(db, originalServerZone);
        }
    }

    private static void setServerTimeZone(TestDatabase db, String zone) throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            execute(connection, "SET GLOBAL time_zone = ?", zone);
        }
    }

    private static long upsertStub(Connection connection, String table, String identityKey) throws SQLException {
        String typeColumn = table.equals("components") ? ", component_type) VALUES (?, 'DIMM')" : ") VALUES (?)";
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO " + table + " (identity_key"
                + typeColumn + " ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id)", Statement.RETURN_GENERATED_KEYS)) {
            upsert.setString(1, identityKey);
            upsert.executeUpdate();
            try (ResultSet keys = upsert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static List<String> strings(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            return strings(connection, sql);
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
