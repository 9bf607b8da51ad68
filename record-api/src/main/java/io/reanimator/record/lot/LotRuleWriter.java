package io.reanimator.record.lot;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.reanimator.avro.RegistryLotRule;
import io.reanimator.record.db.Database;

/**
 * Writes one LOT rule and reclassifies, in the same transaction, every component of the types the rule had and
 * has: a new or changed rule takes the components it now wins, a removed rule hands its components to the next
 * best rule (or none) before its row goes.
 */
public final class LotRuleWriter {

    private final LotClassifier classifier;

    public LotRuleWriter(LotClassifier classifier) {
        this.classifier = classifier;
    }

    /** @return how many components changed LOT */
    public int apply(Connection connection, RegistryLotRule rule, boolean retract, String cause, Instant at)
            throws SQLException {
        Optional<Object[]> existing = Database.list(connection,
                "SELECT id, component_type FROM lots WHERE code = ? FOR UPDATE", List.of(rule.getCode()),
                row -> new Object[] {row.getLong(1), row.getString(2)}).stream().findFirst();
        if (retract) {
            if (existing.isEmpty()) {
                return 0;
            }
            long id = (Long) existing.get()[0];
            int changed = classifier.classify(connection,
                    LotClassifier.Scope.types(List.of((String) existing.get()[1])), id, cause, at);
            Database.update(connection, "DELETE FROM lots WHERE id = ?", List.of(id));
            return changed;
        }
        Database.update(connection, "INSERT INTO lots (code, component_type, vendor_pattern, model_pattern,"
                + " capacity_pattern, capacity_min_bytes, capacity_max_bytes, priority, description)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
                + " component_type = VALUES(component_type), vendor_pattern = VALUES(vendor_pattern),"
                + " model_pattern = VALUES(model_pattern), capacity_pattern = VALUES(capacity_pattern),"
                + " capacity_min_bytes = VALUES(capacity_min_bytes), capacity_max_bytes = VALUES(capacity_max_bytes),"
                + " priority = VALUES(priority), description = VALUES(description), updated_at = UTC_TIMESTAMP(6)",
                Arrays.asList(rule.getCode(), rule.getComponentType().name(), rule.getVendorPattern(),
                        rule.getModelPattern(), rule.getCapacityPattern(), rule.getCapacityMinBytes(),
                        rule.getCapacityMaxBytes(), rule.getPriority(), rule.getDescription()));
        List<String> types = new ArrayList<>(List.of(rule.getComponentType().name()));
        existing.map(row -> (String) row[1]).filter(type -> !types.contains(type)).ifPresent(types::add);
        return classifier.classify(connection, LotClassifier.Scope.types(types), null, cause, at);
    }
}
