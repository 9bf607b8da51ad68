package io.reanimator.sink.subject;

import io.reanimator.sink.write.KeyLookup;
import io.reanimator.sink.write.MultiRowUpsert;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Writes the assets and components of a batch (stubs, then full rows) and resolves their ids: six statements
 * at most, whatever the batch size (more only past {@link MultiRowUpsert}'s chunk size), and none for a batch
 * of events about parts the {@link SubjectIdCache} already knows.
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
    private final KeyLookup assetLookup = new KeyLookup("assets", "identity_key");
    private final KeyLookup componentLookup = new KeyLookup("components", "identity_key");

    /**
     * Upserts every asset and component of {@code subjects}, skipping stubs and lookups for keys in
     * {@code cache}; {@code written} receives (table, rows sent).
     */
    public SubjectIds write(Connection connection, Subjects subjects, SubjectIdCache cache,
            BiConsumer<String, Integer> written) throws SQLException {
        Map<String, Long> assetIds = new HashMap<>();
        Map<String, Long> componentIds = new HashMap<>();
        Map<String, Boolean> typeKnown = new HashMap<>();
        Set<String> assetKeys = new TreeSet<>(subjects.assets().keySet());
        assetKeys.addAll(subjects.assetStubs().keySet());
        Set<String> componentKeys = new TreeSet<>(subjects.components().keySet());
        componentKeys.addAll(subjects.componentStubs().keySet());

        List<Object[]> stubAssets = new ArrayList<>();
        for (String key : subjects.assetStubs().keySet()) {
            if (!subjects.assets().containsKey(key) && cache.asset(key) == null) {
                stubAssets.add(new Object[] {key});
            }
        }
        assetStubs.execute(connection, stubAssets);
        written.accept("assets", assets.execute(connection, subjects.assets().values().stream().map(AssetRow::values).toList()));

        List<Object[]> stubComponents = new ArrayList<>();
        for (Map.Entry<String, String> stub : subjects.componentStubs().entrySet()) {
            String key = stub.getKey();
            boolean knowsType = !Subjects.UNKNOWN_TYPE.equals(stub.getValue());
            boolean needed = cache.component(key) == null || knowsType && !cache.componentTypeKnown(key);
            if (!subjects.components().containsKey(key) && needed) {
                stubComponents.add(new Object[] {key, stub.getValue(), trusted(key)});
                if (knowsType) {
                    typeKnown.put(key, true);
                }
            }
        }
        componentStubs.execute(connection, stubComponents);
        written.accept("components", components.execute(connection,
                subjects.components().values().stream().map(ComponentRow::values).toList()));
        subjects.components().values().stream().filter(row -> Subjects.UNKNOWN_TYPE.equals(row.componentType()))
                .forEach(row -> typeKnown.put(row.identityKey(), false));

        resolve(connection, assetKeys, cache::asset, assetLookup, assetIds);
        resolve(connection, componentKeys, cache::component, componentLookup, componentIds);
        return new SubjectIds(assetIds, componentIds, typeKnown);
    }

    private static void resolve(Connection connection, Set<String> keys, Function<String, Long> cached,
            KeyLookup lookup, Map<String, Long> ids) throws SQLException {
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            Long id = cached.apply(key);
            if (id == null) {
                missing.add(key);
            } else {
                ids.put(key, id);
            }
        }
        if (!missing.isEmpty()) {
            ids.putAll(lookup.ids(connection, missing));
        }
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
