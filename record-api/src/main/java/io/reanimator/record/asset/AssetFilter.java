package io.reanimator.record.asset;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.reanimator.record.db.Where;
import io.reanimator.record.web.ApiException;
import io.reanimator.record.web.QueryParams;

/**
 * The filters of {@code GET /assets}. Text filters match exactly (case-insensitively, by the columns'
 * collation); {@code location} matches the location path and everything under it, or the site named by the
 * bundles when the registry has no location for the asset.
 */
public record AssetFilter(
        Optional<String> serial,
        Optional<String> vendor,
        Optional<String> model,
        Optional<String> customer,
        Optional<String> project,
        Optional<String> location,
        Optional<String> status) {

    public static final Set<String> PARAMETERS = Set.of("serial", "vendor", "model", "customer", "project",
            "location", "status", "cursor", "limit");

    private static final Pattern STATUS = Pattern.compile("[A-Za-z_]{1,32}");

    public static AssetFilter from(QueryParams params) {
        Optional<String> status = params.text("status");
        status.ifPresent(value -> {
            if (!STATUS.matcher(value).matches()) {
                throw ApiException.badRequest("parameter 'status' is a lifecycle status such as IN_PRODUCTION,"
                        + " letters and underscores only, was '" + value + "'");
            }
        });
        return new AssetFilter(params.text("serial"), params.text("vendor"), params.text("model"),
                params.text("customer"), params.text("project"), params.text("location"), status);
    }

    Where where(long afterId) {
        Where where = new Where().and("a.id > ?", afterId);
        serial.ifPresent(v -> where.and("a.serial = ?", v));
        vendor.ifPresent(v -> where.and("a.vendor = ?", v));
        model.ifPresent(v -> where.and("a.model = ?", v));
        customer.ifPresent(v -> where.and("cu.code = ?", v));
        project.ifPresent(v -> where.and("pr.code = ?", v));
        location.ifPresent(v -> where.and("(lo.path = ? OR lo.path LIKE ? ESCAPE '\\\\'"
                + " OR (lo.id IS NULL AND a.site_hint = ?))", v, Where.likePrefix(v + "/"), v));
        status.ifPresent(v -> where.and("a.lifecycle_status = ?", v));
        return where;
    }

    /** The query a cursor belongs to. */
    String fingerprint() {
        return "assets|" + serial.orElse("") + "|" + vendor.orElse("") + "|" + model.orElse("") + "|"
                + customer.orElse("") + "|" + project.orElse("") + "|" + location.orElse("") + "|" + status.orElse("");
    }
}
