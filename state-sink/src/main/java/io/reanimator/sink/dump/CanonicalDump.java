package io.reanimator.sink.dump;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A deterministic text rendering of the derived state in MariaDB, for comparing two databases (a live one and a
 * rebuilt one) or one database before and after a replay.
 *
 * <p>What it leaves out, on purpose: surrogate ids (they depend on insertion order; foreign keys are rendered as
 * the natural key of the row they point at), bookkeeping times ({@code recorded_at}, {@code updated_at},
 * {@code processed_at}), and the time of a retraction ({@code retracted_at} is rendered as
 * {@code retracted=true|false}: it is the Kafka timestamp of the RETRACT record, which differs between a live run
 * and a rebuild). Rows are sorted by their natural key; every column is rendered with its name.
 *
 * <p>Usage from any module's tests (state-sink is a plain dependency):
 * {@code CanonicalDump.of(dataSource).render()}, or {@code .table("installations")} for one table's lines.
 */
public final class CanonicalDump {

    /** Table name and the query that renders it, in dependency order. */
    static final Map<String, String> QUERIES = queries();

    private final Map<String, List<String>> tables;

    private CanonicalDump(Map<String, List<String>> tables) {
        this.tables = tables;
    }

    /** Reads every rendered table from the database behind {@code dataSource}. */
    public static CanonicalDump of(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection);
        }
    }

    public static CanonicalDump of(Connection connection) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> query : QUERIES.entrySet()) {
                tables.put(query.getKey(), render(statement, query.getValue()));
            }
        }
        return new CanonicalDump(tables);
    }

    /** The rendered lines of one table ({@code assets}, {@code components}, {@code log_bundles},
     *  {@code observations}, {@code installations}, {@code timeline_events}, {@code failure_events}). */
    public List<String> table(String name) {
        List<String> lines = tables.get(name);
        if (lines == null) {
            throw new IllegalArgumentException("not a dumped table: " + name + " (dumped: " + tables.keySet() + ")");
        }
        return lines;
    }

    /** The whole dump: a {@code == table (n rows)} header per table, then one line per row. */
    public String render() {
        StringBuilder out = new StringBuilder();
        tables.forEach((name, lines) -> {
            out.append("== ").append(name).append(" (").append(lines.size()).append(" rows)\n");
            lines.forEach(line -> out.append(line).append('\n'));
        });
        return out.toString();
    }

    @Override
    public String toString() {
        return render();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CanonicalDump dump && dump.tables.equals(tables);
    }

    @Override
    public int hashCode() {
        return tables.hashCode();
    }

    private static List<String> render(Statement statement, String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                StringBuilder line = new StringBuilder();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    line.append(column == 1 ? "" : " | ").append(meta.getColumnLabel(column)).append('=')
                            .append(result.getString(column));
                }
                lines.add(line.toString());
            }
        }
        return lines;
    }

    private static Map<String, String> queries() {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("log_bundles", "SELECT bundle_id, size_bytes, archive_format, received_at, collected_at,"
                + " collected_at_source, raw_location, manifest, uploaded_by, status, parser_version"
                + " FROM log_bundles ORDER BY bundle_id");
        queries.put("assets", "SELECT identity_key, vendor, serial, vendor_serial, model, uuid, baseboard_serial,"
                + " hostname, asset_tag, bios_version, bmc_version, site_hint, customer_hint, project_hint,"
                + " lifecycle_status, first_seen_at, last_seen_at, latest_observation_key"
                + " FROM assets ORDER BY identity_key");
        queries.put("components", "SELECT c.identity_key, c.component_type, c.vendor, c.vendor_raw, c.serial,"
                + " c.serial_raw, c.vendor_serial, c.trusted_identity, c.model, c.part_number, c.capacity_bytes,"
                + " c.speed, c.firmware, l.code AS lot, c.health_status, c.first_seen_at, c.last_seen_at,"
                + " c.latest_observation_key FROM components c LEFT JOIN lots l ON l.id = c.lot_id"
                + " ORDER BY c.identity_key");
        queries.put("observations", "SELECT o.observation_key, o.bundle_id, a.identity_key AS asset,"
                + " c.identity_key AS component, o.collected_at, o.slot, o.firmware, o.health_status, o.summary,"
                + " o.parser_version FROM observations o JOIN assets a ON a.id = o.asset_id"
                + " LEFT JOIN components c ON c.id = o.component_id ORDER BY o.observation_key");
        queries.put("installations", "SELECT i.installation_key, c.identity_key AS component,"
                + " a.identity_key AS asset, i.slot, i.installed_at, i.installed_not_before, i.last_seen_present_at,"
                + " i.removed_at, i.retracted_at IS NOT NULL AS retracted, i.evidence FROM installations i"
                + " JOIN components c ON c.id = i.component_id JOIN assets a ON a.id = i.asset_id"
                + " ORDER BY i.installation_key");
        queries.put("timeline_events", "SELECT e.event_key, e.subject_type, e.subject_key, e.event_type,"
                + " e.`timestamp`, e.not_before, a.identity_key AS asset, c.identity_key AS component, e.details,"
                + " e.evidence, e.retracted_at IS NOT NULL AS retracted, e.superseded_by FROM timeline_events e"
                + " LEFT JOIN assets a ON a.id = e.asset_id LEFT JOIN components c ON c.id = e.component_id"
                + " ORDER BY e.event_key");
        queries.put("failure_events", "SELECT f.failure_key, c.identity_key AS component, a.identity_key AS asset,"
                + " f.slot, f.source, f.confidence, f.reason, f.first_seen_at, f.last_seen_at, f.is_open, f.evidence,"
                + " f.metrics, f.retracted_at IS NOT NULL AS retracted FROM failure_events f"
                + " LEFT JOIN components c ON c.id = f.component_id LEFT JOIN assets a ON a.id = f.asset_id"
                + " ORDER BY f.failure_key");
        return queries;
    }
}
