package io.reanimator.record.component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.reanimator.record.db.Database;
import io.reanimator.record.db.Where;
import io.reanimator.record.paging.Position;
import io.reanimator.record.web.ApiException;

/** The SQL behind {@code /components}: filtered keyset pages, one component, and its installation intervals. */
public final class ComponentQueries {

    private static final String FROM = " FROM components c LEFT JOIN lots l ON l.id = c.lot_id";
    private static final String INSTALLATIONS = "SELECT i.id, i.installation_key, i.asset_id, a.identity_key AS asset_key,"
            + " a.serial AS asset_serial, i.slot, i.installed_at, i.installed_not_before, i.last_seen_present_at,"
            + " i.removed_at, i.retracted_at FROM installations i JOIN assets a ON a.id = i.asset_id"
            + " WHERE i.component_id = ?";

    /** One installation and where it sits in the order (installed_at, id). */
    public record InstallationRow(InstallationView view, Position position) {
    }

    private final Database database;

    public ComponentQueries(Database database) {
        this.database = database;
    }

    public List<ComponentSummary> list(ComponentFilter filter, Long assetId, long afterId, int limit) {
        Where where = filter.where(afterId, assetId);
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        return database.list("SELECT " + ComponentSummary.COLUMNS + FROM + where.sql() + " ORDER BY c.id LIMIT ?",
                params, ComponentSummary::of);
    }

    public ComponentDetail detail(long id) {
        ComponentDetail head = database.one("SELECT " + ComponentSummary.COLUMNS + ", c.vendor_raw, c.serial_raw"
                        + FROM + " WHERE c.id = ?", List.of(id),
                        row -> new ComponentDetail(ComponentSummary.of(row), row.getString("vendor_raw"),
                                row.getString("serial_raw"), null))
                .orElseThrow(() -> ApiException.notFound("no component " + id));
        InstallationView active = database.one(INSTALLATIONS
                        + " AND i.removed_at IS NULL AND i.retracted_at IS NULL ORDER BY i.installed_at DESC LIMIT 1",
                List.of(id), row -> installation(row).view()).orElse(null);
        return new ComponentDetail(head.component(), head.vendorRaw(), head.serialRaw(), active);
    }

    /** Installations in (installed_at, id) order, after {@code after} (null: from the first). */
    public List<InstallationRow> installations(long componentId, boolean includeRetracted, Position after, int limit) {
        StringBuilder sql = new StringBuilder(INSTALLATIONS);
        List<Object> params = new ArrayList<>(List.of(componentId));
        if (!includeRetracted) {
            sql.append(" AND i.retracted_at IS NULL");
        }
        if (after != null) {
            Instant time = Database.ofMicros(after.time());
            sql.append(" AND i.installed_at >= ? AND (i.installed_at > ? OR i.id > ?)");
            params.addAll(List.of(time, time, after.id()));
        }
        sql.append(" ORDER BY i.installed_at, i.id LIMIT ?");
        params.add(limit);
        return database.list(sql.toString(), params, ComponentQueries::installation);
    }

    private static InstallationRow installation(ResultSet row) throws SQLException {
        String retractedAt = Database.iso(row, "retracted_at");
        Instant installedAt = Database.instant(row, "installed_at");
        InstallationView view = new InstallationView(row.getString("installation_key"), row.getLong("asset_id"),
                row.getString("asset_key"), row.getString("asset_serial"), row.getString("slot"),
                installedAt.toString(), Database.iso(row, "installed_not_before"),
                Database.iso(row, "last_seen_present_at"), Database.iso(row, "removed_at"), retractedAt != null,
                retractedAt);
        return new InstallationRow(view, new Position(Database.micros(installedAt), 0, row.getLong("id")));
    }
}
