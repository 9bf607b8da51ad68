package io.reanimator.record.component;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.reanimator.avro.ComponentType;
import io.reanimator.record.db.Where;
import io.reanimator.record.web.ApiException;
import io.reanimator.record.web.QueryParams;

/**
 * The filters of {@code GET /components}. {@code type} is a {@link ComponentType} symbol; {@code asset} is the
 * id, identity key or serial of the asset the component is installed in now (resolved before the query).
 */
public record ComponentFilter(
        Optional<String> type,
        Optional<String> vendor,
        Optional<String> model,
        Optional<String> lot,
        Optional<String> firmware,
        Optional<String> serial,
        Optional<String> asset) {

    public static final Set<String> PARAMETERS = Set.of("type", "vendor", "model", "lot", "firmware", "serial",
            "asset", "cursor", "limit");

    public static ComponentFilter from(QueryParams params) {
        Optional<String> type = params.text("type").map(value -> {
            String symbol = value.toUpperCase(Locale.ROOT);
            if (Arrays.stream(ComponentType.values()).noneMatch(t -> t.name().equals(symbol))) {
                throw ApiException.badRequest("parameter 'type' must be one of "
                        + Arrays.toString(ComponentType.values()) + ", was '" + value + "'");
            }
            return symbol;
        });
        return new ComponentFilter(type, params.text("vendor"), params.text("model"), params.text("lot"),
                params.text("firmware"), params.text("serial"), params.text("asset"));
    }

    /** @param assetId the resolved {@code asset} filter, or null when not filtering by asset */
    Where where(long afterId, Long assetId) {
        Where where = new Where().and("c.id > ?", afterId);
        type.ifPresent(v -> where.and("c.component_type = ?", v));
        vendor.ifPresent(v -> where.and("c.vendor = ?", v));
        model.ifPresent(v -> where.and("c.model = ?", v));
        lot.ifPresent(v -> where.and("l.code = ?", v));
        firmware.ifPresent(v -> where.and("c.firmware = ?", v));
        serial.ifPresent(v -> where.and("c.serial = ?", v));
        if (assetId != null) {
            where.and("EXISTS (SELECT 1 FROM installations i WHERE i.component_id = c.id AND i.asset_id = ?"
                    + " AND i.removed_at IS NULL AND i.retracted_at IS NULL)", assetId);
        }
        return where;
    }

    String fingerprint() {
        return "components|" + type.orElse("") + "|" + vendor.orElse("") + "|" + model.orElse("") + "|"
                + lot.orElse("") + "|" + firmware.orElse("") + "|" + serial.orElse("") + "|" + asset.orElse("");
    }
}
