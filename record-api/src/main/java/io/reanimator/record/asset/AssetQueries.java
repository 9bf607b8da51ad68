package io.reanimator.record.asset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.reanimator.record.component.ComponentSummary;
import io.reanimator.record.db.Database;
import io.reanimator.record.db.Where;
import io.reanimator.record.web.ApiException;

/** The SQL behind {@code /assets}: filtered keyset pages and one asset's configuration now or at an instant. */
public final class AssetQueries {

    private static final String INSTALLED = "SELECT i.installation_key, i.slot, i.installed_at,"
            + " i.installed_not_before, i.last_seen_present_at, i.removed_at, %s AS firmware_at, "
            + ComponentSummary.COLUMNS
            + " FROM installations i JOIN components c ON c.id = i.component_id LEFT JOIN lots l ON l.id = c.lot_id"
            + " WHERE i.asset_id = ? AND i.retracted_at IS NULL AND %s ORDER BY i.slot, c.id";
    private static final String NOW = String.format(INSTALLED, "NULL", "i.removed_at IS NULL");
    // At an instant: the interval covers it (installed at or before, removed after or never). The firmware then
    // is the last observation of the part at or before that instant.
    private static final String AT = String.format(INSTALLED,
            "(SELECT o.firmware FROM observations o WHERE o.component_id = c.id AND o.collected_at <= ?"
                    + " ORDER BY o.collected_at DESC LIMIT 1)",
            "i.installed_at <= ? AND (i.removed_at IS NULL OR i.removed_at > ?)");

    private final Database database;

    public AssetQueries(Database database) {
        this.database = database;
    }

    /** Up to {@code limit} assets after {@code afterId}, in id order. */
    public List<AssetSummary> list(AssetFilter filter, long afterId, int limit) {
        Where where = filter.where(afterId);
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        return database.list("SELECT " + AssetSummary.COLUMNS + AssetSummary.FROM + where.sql()
                + " ORDER BY a.id LIMIT ?", params, AssetSummary::of);
    }

    /** One asset as lists show it. */
    public AssetSummary summary(long id) {
        return database.one("SELECT " + AssetSummary.COLUMNS + AssetSummary.FROM + " WHERE a.id = ?", List.of(id),
                AssetSummary::of).orElseThrow(() -> ApiException.notFound("no asset " + id));
    }

    /** The asset and the components installed in it now ({@code at} null) or at {@code at}. */
    public AssetDetail detail(long id, Instant at) {
        AssetDetail head = database.one("SELECT " + AssetSummary.COLUMNS + ", a.uuid, a.baseboard_serial,"
                        + " a.asset_tag, a.bios_version, a.bmc_version" + AssetSummary.FROM + " WHERE a.id = ?",
                List.of(id), AssetQueries::head)
                .orElseThrow(() -> ApiException.notFound("no asset " + id));
        List<InstalledComponent> components = at == null
                ? database.list(NOW, List.of(id), AssetQueries::installed)
                : database.list(AT, List.of(at, id, at, at), AssetQueries::installed);
        return new AssetDetail(head.asset(), head.uuid(), head.baseboardSerial(), head.assetTag(), head.biosVersion(),
                head.bmcVersion(), at == null ? null : at.toString(), components);
    }

    private static AssetDetail head(ResultSet row) throws SQLException {
        return new AssetDetail(AssetSummary.of(row), row.getString("uuid"), row.getString("baseboard_serial"),
                row.getString("asset_tag"), row.getString("bios_version"), row.getString("bmc_version"), null,
                List.of());
    }

    private static InstalledComponent installed(ResultSet row) throws SQLException {
        return new InstalledComponent(row.getString("installation_key"), row.getString("slot"),
                Database.iso(row, "installed_at"), Database.iso(row, "installed_not_before"),
                Database.iso(row, "last_seen_present_at"), Database.iso(row, "removed_at"),
                row.getString("firmware_at"), ComponentSummary.of(row));
    }
}
