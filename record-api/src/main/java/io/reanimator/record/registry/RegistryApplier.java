package io.reanimator.record.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.reanimator.avro.ChangeAction;
import io.reanimator.avro.RegistryChange;
import io.reanimator.record.db.Database;
import io.reanimator.record.lot.LotRuleWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies one registry change to MariaDB in one transaction, idempotently and in order per entity: the offset of
 * the last change applied for the entity key is kept in {@code registry_applied}, and a change at or below it is
 * skipped. The API applies a change right after the broker acknowledged it (read-after-write), the consumer applies
 * every change it reads (so a replay into an empty registry rebuilds it); whichever comes second does nothing.
 *
 * <p>Changes to different entities may arrive in any order (they sit on different partitions), so a change that
 * names a parent the database does not have yet (a project's customer, a location's parent, an assignment's asset)
 * creates it as a stub from its key; the parent's own change fills it in when it arrives.
 */
public final class RegistryApplier {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryApplier.class);
    private static final int ATTEMPTS = 5;

    private final Database database;
    private final ReferenceWriter references;
    private final LotRuleWriter lots;
    private final AssignmentWriter assignments;

    public RegistryApplier(Database database, ReferenceWriter references, LotRuleWriter lots,
                           AssignmentWriter assignments) {
        this.database = database;
        this.references = references;
        this.lots = lots;
        this.assignments = assignments;
    }

    /**
     * @return true when the change was applied now, false when it (or a later change of the entity) already was
     * @throws SQLException when the database fails (after retrying deadlocks)
     */
    public boolean apply(RegistryChange change, int partition, long offset) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return database.inTransaction(connection -> applyOnce(connection, change, partition, offset));
            } catch (SQLException e) {
                boolean deadlock = "40001".equals(e.getSQLState()) || e.getErrorCode() == 1213;
                if (!deadlock || attempt >= ATTEMPTS) {
                    throw e;
                }
                LOG.debug("Deadlock applying registry change {} (attempt {}), retrying", change.getChangeId(), attempt);
            }
        }
    }

    private boolean applyOnce(Connection connection, RegistryChange change, int partition, long offset)
            throws SQLException {
        String key = change.getEntityKey();
        Optional<Long> applied = Database.list(connection,
                "SELECT applied_offset FROM registry_applied WHERE entity_key = ? FOR UPDATE", List.of(key),
                row -> row.getLong(1)).stream().findFirst();
        if (applied.isPresent() && applied.get() >= offset) {
            return false;
        }
        boolean retract = change.getAction() == ChangeAction.RETRACT;
        switch (change.getEntityType()) {
            case CUSTOMER -> references.customer(connection, change.getCustomer());
            case PROJECT -> references.project(connection, change.getProject());
            case LOCATION -> references.location(connection, change.getLocation());
            case LOT_RULE -> lots.apply(connection, change.getLotRule(), retract,
                    "registry:" + change.getChangeId(), change.getOccurredAt());
            case ASSET_ASSIGNMENT -> assignments.apply(connection, change, retract);
            default -> LOG.warn("Skipping registry change {} of unknown type {} at {}-{} offset {}",
                    change.getChangeId(), change.getEntityType(), "registry", partition, offset);
        }
        Database.update(connection, "INSERT INTO registry_applied (entity_key, partition_id, applied_offset, change_id)"
                + " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE partition_id = VALUES(partition_id),"
                + " applied_offset = VALUES(applied_offset), change_id = VALUES(change_id),"
                + " updated_at = UTC_TIMESTAMP(6)", List.of(key, partition, offset, change.getChangeId()));
        return true;
    }
}
