package io.reanimator.record.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reanimator.avro.RegistryAssetAssignment;
import io.reanimator.avro.RegistryChange;
import io.reanimator.record.db.Database;
import io.reanimator.schemas.id.DeterministicIds;

/**
 * Sets or clears an asset's registry assignment and puts what changed on the asset's timeline: one
 * {@code LOCATION_CHANGED} or {@code REGISTRY_CHANGED} event per attribute (location, customer, project) whose
 * effective value (registry over bundle hints) differs before and after, keyed by change id, asset and attribute.
 */
public final class AssignmentWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReferenceWriter references;

    public AssignmentWriter(ReferenceWriter references) {
        this.references = references;
    }

    public void apply(Connection connection, RegistryChange change, boolean retract) throws SQLException {
        RegistryAssetAssignment assignment = change.getAssignment();
        long assetId = assetId(connection, assignment.getAssetKey());
        Map<String, String> before = effective(connection, assetId);
        if (retract) {
            Database.update(connection, "DELETE FROM asset_assignments WHERE asset_id = ?", List.of(assetId));
        } else {
            Long customer = assignment.getCustomerCode() == null ? null
                    : references.customerId(connection, assignment.getCustomerCode());
            Long project = assignment.getProjectCode() == null ? null
                    : references.projectId(connection, assignment.getCustomerCode(), assignment.getProjectCode());
            Long location = assignment.getLocationPath() == null ? null
                    : references.locationId(connection, assignment.getLocationPath());
            Database.update(connection, "INSERT INTO asset_assignments (asset_id, customer_id, project_id, location_id,"
                    + " change_id, assigned_at) VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
                    + " customer_id = VALUES(customer_id), project_id = VALUES(project_id),"
                    + " location_id = VALUES(location_id), change_id = VALUES(change_id),"
                    + " assigned_at = VALUES(assigned_at), updated_at = UTC_TIMESTAMP(6)",
                    Arrays.asList(assetId, customer, project, location, change.getChangeId(), change.getOccurredAt()));
        }
        Map<String, String> after = effective(connection, assetId);
        for (String attribute : after.keySet()) {
            if (!Objects.equals(before.get(attribute), after.get(attribute))) {
                event(connection, change, assetId, attribute, before.get(attribute), after.get(attribute));
            }
        }
    }

    /** The asset's id, creating a stub from its identity key when the sink has not written it yet. */
    static long assetId(Connection connection, String assetKey) throws SQLException {
        Database.update(connection, "INSERT INTO assets (identity_key) VALUES (?) ON DUPLICATE KEY UPDATE id = id",
                List.of(assetKey));
        return Database.list(connection, "SELECT id FROM assets WHERE identity_key = ?", List.of(assetKey),
                row -> row.getLong(1)).get(0);
    }

    private static Map<String, String> effective(Connection connection, long assetId) throws SQLException {
        return Database.list(connection, "SELECT lo.path, cu.code AS customer,"
                + " CONCAT(pc.code, '/', pr.code) AS project FROM assets a"
                + " LEFT JOIN asset_assignments aa ON aa.asset_id = a.id"
                + " LEFT JOIN customers cu ON cu.id = COALESCE(aa.customer_id, a.customer_id)"
                + " LEFT JOIN projects pr ON pr.id = COALESCE(aa.project_id, a.project_id)"
                + " LEFT JOIN customers pc ON pc.id = pr.customer_id"
                + " LEFT JOIN locations lo ON lo.id = COALESCE(aa.location_id, a.location_id)"
                + " WHERE a.id = ?", List.of(assetId), row -> {
                    Map<String, String> values = new LinkedHashMap<>();
                    values.put("location", row.getString("path"));
                    values.put("customer", row.getString("customer"));
                    values.put("project", row.getString("project"));
                    return values;
                }).get(0);
    }

    private static void event(Connection connection, RegistryChange change, long assetId, String attribute,
                              String from, String to) throws SQLException {
        String assetKey = change.getAssignment().getAssetKey();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("attribute", attribute);
        details.put("from", from);
        details.put("to", to);
        details.put("changeId", change.getChangeId());
        details.put("changedBy", change.getChangedBy());
        Instant at = change.getOccurredAt();
        Database.update(connection, "INSERT INTO timeline_events (event_key, subject_type, subject_id, subject_key,"
                + " event_type, `timestamp`, asset_id, details) VALUES (?, 'ASSET', ?, ?, ?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE event_key = event_key",
                List.of(DeterministicIds.of("registry", change.getChangeId(), assetKey, attribute), assetId, assetKey,
                        attribute.equals("location") ? "LOCATION_CHANGED" : "REGISTRY_CHANGED", at, assetId,
                        json(details)));
    }

    private static String json(Map<String, Object> details) {
        try {
            return JSON.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }
}
