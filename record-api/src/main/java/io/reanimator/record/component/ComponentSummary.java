package io.reanimator.record.component;

import java.sql.ResultSet;
import java.sql.SQLException;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.reanimator.record.db.Database;

/** One component as lists show it, with its LOT code. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ComponentSummary(
        long id,
        String identityKey,
        String type,
        String vendor,
        String serial,
        String model,
        String partNumber,
        Long capacityBytes,
        String speed,
        String firmware,
        String lot,
        String healthStatus,
        boolean trustedIdentity,
        String firstSeenAt,
        String lastSeenAt) {

    /** Columns {@link #of} reads, from {@code components c LEFT JOIN lots l ON l.id = c.lot_id}. */
    public static final String COLUMNS = "c.id, c.identity_key, c.component_type, c.vendor, c.serial, c.model,"
            + " c.part_number, c.capacity_bytes, c.speed, c.firmware, l.code AS lot_code, c.health_status,"
            + " c.trusted_identity, c.first_seen_at, c.last_seen_at";

    public static ComponentSummary of(ResultSet row) throws SQLException {
        return new ComponentSummary(row.getLong("id"), row.getString("identity_key"), row.getString("component_type"),
                row.getString("vendor"), row.getString("serial"), row.getString("model"), row.getString("part_number"),
                Database.nullableLong(row, "capacity_bytes"), row.getString("speed"), row.getString("firmware"),
                row.getString("lot_code"), row.getString("health_status"), row.getBoolean("trusted_identity"),
                Database.iso(row, "first_seen_at"), Database.iso(row, "last_seen_at"));
    }
}
