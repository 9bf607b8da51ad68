package io.reanimator.record.asset;

import java.sql.ResultSet;
import java.sql.SQLException;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.reanimator.record.db.Database;

/**
 * One asset as lists show it. {@code customer}, {@code project} and {@code location} are the registry's
 * assignment where it has one, else what the bundles said; {@code assignedBy} says which ({@code registry},
 * {@code bundle}, or null when neither names anything).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AssetSummary(
        long id,
        String identityKey,
        String vendor,
        String serial,
        String model,
        String hostname,
        String lifecycleStatus,
        String customer,
        String project,
        String location,
        String siteHint,
        String assignedBy,
        String firstSeenAt,
        String lastSeenAt) {

    /** Columns {@link #of} reads; use with {@link #FROM}. */
    static final String COLUMNS = "a.id, a.identity_key, a.vendor, a.serial, a.model, a.hostname, a.lifecycle_status,"
            + " a.site_hint, a.first_seen_at, a.last_seen_at, cu.code AS customer_code, pr.code AS project_code,"
            + " lo.path AS location_path, aa.asset_id AS assignment_asset,"
            + " (a.customer_id IS NOT NULL OR a.project_id IS NOT NULL OR a.location_id IS NOT NULL) AS hinted";

    /** The asset with its effective customer, project and location: the registry's where set, else the bundles'. */
    static final String FROM = " FROM assets a"
            + " LEFT JOIN asset_assignments aa ON aa.asset_id = a.id"
            + " LEFT JOIN customers cu ON cu.id = COALESCE(aa.customer_id, a.customer_id)"
            + " LEFT JOIN projects pr ON pr.id = COALESCE(aa.project_id, a.project_id)"
            + " LEFT JOIN locations lo ON lo.id = COALESCE(aa.location_id, a.location_id)";

    static AssetSummary of(ResultSet row) throws SQLException {
        row.getLong("assignment_asset");
        String assignedBy = !row.wasNull() ? "registry" : row.getBoolean("hinted") ? "bundle" : null;
        return new AssetSummary(row.getLong("id"), row.getString("identity_key"), row.getString("vendor"),
                row.getString("serial"), row.getString("model"), row.getString("hostname"),
                row.getString("lifecycle_status"), row.getString("customer_code"), row.getString("project_code"),
                row.getString("location_path"), row.getString("site_hint"), assignedBy,
                Database.iso(row, "first_seen_at"), Database.iso(row, "last_seen_at"));
    }
}
