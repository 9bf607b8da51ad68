package io.reanimator.sink.subject;

import io.reanimator.sink.write.KeyLookup;
import io.reanimator.sink.write.MultiRowUpsert;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Writes the assets and components of a batch (stubs, then full rows) and resolves their ids: six statements
 * at most, whatever the batch size (more only past {@link MultiRowUpsert}'s chunk size).
 */
public final class SubjectTables {

    private static final String NEWER = "(last_seen_at IS NULL OR (VALUES(last_seen_at), VALUES(latest_observation_key))"
            + " >= (last_seen_at, latest_observation_key))";

    private static final List<String> ASSET_COLUMNS = List.of("identity_key", "vendor", "serial", "vendor_serial",
            "model", "uuid", "baseboard_serial", "hostname", "asset_tag", "bios_version", "bmc_version", "site_hint",
            "customer_hint", "project_hint", "first_seen_at", "last_seen_at", "latest_observation_key");
    private static final List<String> COMPONENT_COLUMNS = List.of("identity_key", "component_type", "vendor",
            "vendor_raw", "serial", "serial_raw", "vendor_serial", "trusted_identity", "model", "part_number",
            "capacity_bytes", "speed", "firmware", "health_status", "first_seen_at", "last_seen_at",
            "latest_observation_key");

    private final MultiRowUpsert assetStubs = new MultiRowUpsert("assets", List.of("identity_key"), "id = id");
    private final MultiRowUpsert assets = new MultiRowUpsert("assets", ASSET_COLUMNS, latestWins(ASSET_COLUMNS));
    private final MultiRowUpsert componentStubs = new MultiRowUpsert("components",
            List.of("identity_key", "component_type", "trusted_identity"),
            "component_type = IF(component_type = 'UNKNOWN', VALUES(component_type), component_type)");
    private final MultiRowUpsert components =
            new MultiRowUpsert("components", COMPONENT_COLUMNS, latestWins(COMPONENT_COLUMNS));
    private final KeyLookup assetIds = new KeyLookup("assets", "identity_key");
    private final KeyLookup componentIds = new KeyLookup("components", "identity_key");

    /** Upserts every asset and component of {@code subjects}; {@code written} receives (table, rows sent). */
    public SubjectIds write(Connection connection, Subjects subjects, BiConsumer<String, Integer> written)
            throws SQLException {
        Set<String> assetKeys = new HashSet<>(subjects.assets().keySet());
        assetKeys.addAll(subjects.assetStubs().keySet());
        Set<String> componentKeys = new HashSet<>(subjects.components().keySet());
        componentKeys.addAll(subjects.componentStubs().keySet());

        List<Object[]> stubAssets = new ArrayList<>();
        subjects.assetStubs().keySet().stream().filter(key -> !subjects.assets().containsKey(key))
                .forEach(key -> stubAssets.add(new Object[] {key}));
        assetStubs.execute(connection, stubAssets);
        written.accept("assets", assets.execute(connection, subjects.assets().values().stream().map(AssetRow::values).toList()));

        List<Object[]> stubComponents = new ArrayList<>();
        for (Map.Entry<String, String> stub : subjects.componentStubs().entrySet()) {
            if (!subjects.components().containsKey(stub.getKey())) {
                stubComponents.add(new Object[] {stub.getKey(), stub.getValue(), trusted(stub.getKey())});
            }
        }
        componentStubs.execute(connection, stubComponents);
        written.accept("components", components.execute(connection,
                subjects.components().values().stream().map(ComponentRow::values).toList()));

        return new SubjectIds(
                assetKeys.isEmpty() ? Map.of() : assetIds.ids(connection, assetKeys),
                componentKeys.isEmpty() ? Map.of() : componentIds.ids(connection, componentKeys));
    }

    /** Slot-based keys ({@code slot:<asset>/<slot>}) identify a position, not a part. */
    static boolean trusted(String identityKey) {
        return !identityKey.startsWith("slot:");
    }

    /**
     * Descriptive columns take the incoming value when the incoming snapshot is at least as recent; first_seen_at
     * keeps the minimum. latest_observation_key and last_seen_at come last, because the condition reads them.
     */
    private static String latestWins(List<String> columns) {
        StringBuilder clause = new StringBuilder();
        for (String column : columns) {
            if (column.equals("identity_key") || column.equals("first_seen_at") || column.equals("last_seen_at")
                    || column.equals("latest_observation_key")) {
                continue;
            }
            clause.append(column).append(" = IF(").append(NEWER).append(", VALUES(").append(column).append("), ")
                    .append(column).append("), ");
        }
        return clause
                .append("first_seen_at = LEAST(COALESCE(first_seen_at, VALUES(first_seen_at)), VALUES(first_seen_at)), ")
                .append("updated_at = UTC_TIMESTAMP(6), ")
                .append("latest_observation_key = IF(").append(NEWER)
                .append(", VALUES(latest_observation_key), latest_observation_key), ")
                .append("last_seen_at = GREATEST(COALESCE(last_seen_at, VALUES(last_seen_at)), VALUES(last_seen_at))")
                .toString();
    }
}
