package io.reanimator.record;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.reanimator.record.db.Database;
import io.reanimator.schemas.id.DeterministicIds;

/** Writes medical-record rows the way the sink would, for tests to read back through the API. */
public final class Seed {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final DataSource dataSource;

    public Seed(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long asset(String vendor, String serial, String model, String lifecycle, String siteHint) throws SQLException {
        return insert("INSERT INTO assets (identity_key, vendor, serial, vendor_serial, model, lifecycle_status,"
                        + " site_hint, hostname) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                vendor + "|" + serial, vendor, serial, vendor + "|" + serial, model, lifecycle, siteHint,
                "host-" + serial);
    }

    public long component(String type, String vendor, String serial, String model, Long capacity, String firmware)
            throws SQLException {
        return insert("INSERT INTO components (identity_key, component_type, vendor, vendor_raw, serial, serial_raw,"
                        + " vendor_serial, trusted_identity, model, capacity_bytes, firmware)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?)",
                vendor + "|" + serial, type, vendor, vendor.toUpperCase(java.util.Locale.ROOT), serial,
                serial.toUpperCase(java.util.Locale.ROOT), vendor + "|" + serial, model, capacity, firmware);
    }

    public long installation(long componentId, long assetId, String slot, Instant installedAt, Instant removedAt)
            throws SQLException {
        Instant lastSeen = removedAt == null ? installedAt : removedAt.minusSeconds(1);
        return insert("INSERT INTO installations (installation_key, component_id, asset_id, slot, installed_at,"
                        + " last_seen_present_at, removed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                DeterministicIds.of("inst", String.valueOf(componentId), String.valueOf(assetId), slot,
                        installedAt.toString()), componentId, assetId, slot, installedAt, lastSeen, removedAt);
    }

    public long event(String subjectType, long subjectId, String type, Instant at, boolean retracted)
            throws SQLException {
        String key = DeterministicIds.of("event", String.valueOf(SEQUENCE.incrementAndGet()), subjectType,
                String.valueOf(subjectId), type, at.toString());
        return insert("INSERT INTO timeline_events (event_key, subject_type, subject_id, subject_key, event_type,"
                        + " `timestamp`, asset_id, component_id, details, retracted_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                key, subjectType, subjectId, subjectType.toLowerCase(java.util.Locale.ROOT) + ":" + subjectId, type,
                at, subjectType.equals("ASSET") ? subjectId : null,
                subjectType.equals("COMPONENT") ? subjectId : null, "{\"seq\": " + SEQUENCE.get() + "}",
                retracted ? at.plusSeconds(60) : null);
    }

    public void observation(long assetId, long componentId, Instant collectedAt, String firmware) throws SQLException {
        insert("INSERT INTO observations (observation_key, bundle_id, asset_id, component_id, collected_at, firmware)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                DeterministicIds.of("obs", String.valueOf(componentId), collectedAt.toString()),
                DeterministicIds.of("bundle", collectedAt.toString()), assetId, componentId, collectedAt, firmware);
    }

    public long failure(long componentId, long assetId, Instant firstSeen) throws SQLException {
        return insert("INSERT INTO failure_events (failure_key, component_id, asset_id, source, confidence, reason,"
                        + " first_seen_at, last_seen_at, is_open) VALUES (?, ?, ?, 'SMART', 0.9, 'reallocated sectors',"
                        + " ?, ?, TRUE)",
                DeterministicIds.of("failure", String.valueOf(componentId), firstSeen.toString()), componentId, assetId,
                firstSeen, firstSeen.plusSeconds(3600));
    }

    public long ticket(String key, Instant created, String targetType, long targetId) throws SQLException {
        long ticket = insert("INSERT INTO tickets (ticket_key, system, external_key, summary, status, created_at)"
                + " VALUES (?, 'JIRA', ?, 'disk replaced', 'Done', ?)", "JIRA:" + key, key, created);
        insert("INSERT INTO ticket_links (ticket_id, target_type, target_id, link_source) VALUES (?, ?, ?, 'MANUAL')",
                ticket, targetType, targetId);
        return ticket;
    }

    public long count(String sql, Object... params) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            Database.bind(statement, Arrays.asList(params));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    public List<String> strings(String sql, Object... params) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return Database.list(connection, sql, Arrays.asList(params), row -> row.getString(1));
        }
    }

    public long insert(String sql, Object... params) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            Database.bind(statement, Arrays.asList(params));
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }
}
