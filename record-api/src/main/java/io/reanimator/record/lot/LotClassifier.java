package io.reanimator.record.lot;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.reanimator.record.db.Database;

/**
 * Gives components their LOT from the rules in {@code lots}, in SQL, inside the caller's transaction.
 *
 * <p>A component's LOT is the rule of its type whose patterns all match (MariaDB {@code REGEXP}, PCRE,
 * case-insensitive through the columns' collation; NULL patterns match anything) and whose capacity bounds hold,
 * with the highest priority, ties broken by the smallest code; no match means no LOT. Two statements per run: the
 * first writes a {@code LOT_CHANGED} timeline event (from, to) for every component whose LOT differs from that
 * answer, the second sets it. Event keys derive from the cause (a registry change id, or the classifier run), so
 * running the same cause twice adds nothing.
 */
public final class LotClassifier {

    /** The best rule for the component {@code c}; one bound parameter: a lot id to ignore (-1 for none). */
    private static final String BEST = "(SELECT l.id FROM lots l WHERE l.component_type = c.component_type"
            + " AND l.id <> ?"
            + " AND (l.vendor_pattern IS NULL OR c.vendor REGEXP l.vendor_pattern)"
            + " AND (l.model_pattern IS NULL OR c.model REGEXP l.model_pattern)"
            + " AND (l.capacity_pattern IS NULL OR CAST(c.capacity_bytes AS CHAR) COLLATE utf8mb4_unicode_ci REGEXP l.capacity_pattern)"
            + " AND (l.capacity_min_bytes IS NULL OR c.capacity_bytes >= l.capacity_min_bytes)"
            + " AND (l.capacity_max_bytes IS NULL OR c.capacity_bytes <= l.capacity_max_bytes)"
            + " ORDER BY l.priority DESC, l.code LIMIT 1)";

    private static final String EVENTS = "INSERT INTO timeline_events (event_key, subject_type, subject_id,"
            + " subject_key, event_type, `timestamp`, component_id, details)"
            + " SELECT SHA2(CONCAT(?, x.identity_key), 256), 'COMPONENT', x.id, x.identity_key, 'LOT_CHANGED', ?,"
            + " x.id, JSON_OBJECT('attribute', 'lot', 'from', fl.code, 'to', tl.code, 'cause', ?)"
            + " FROM (SELECT c.id, c.identity_key, c.lot_id AS old_lot, " + BEST + " AS new_lot"
            + " FROM components c WHERE %s) x"
            + " LEFT JOIN lots fl ON fl.id = x.old_lot LEFT JOIN lots tl ON tl.id = x.new_lot"
            + " WHERE NOT (x.old_lot <=> x.new_lot)"
            + " ON DUPLICATE KEY UPDATE event_key = event_key";

    private static final String UPDATE = "UPDATE components c SET c.lot_id = " + BEST
            + ", c.updated_at = UTC_TIMESTAMP(6) WHERE %s AND NOT (c.lot_id <=> " + BEST + ")";

    /**
     * Which components a run looks at: constant SQL on {@code c} with bound values.
     *
     * @param sql    e.g. {@code c.component_type IN (?, ?)}
     * @param params its values
     */
    public record Scope(String sql, List<Object> params) {

        public static Scope types(List<String> types) {
            return new Scope("c.component_type IN (" + String.join(", ", types.stream().map(t -> "?").toList())
                    + ")", List.copyOf(types));
        }

        /** Components without a LOT that the sink wrote or changed since {@code since}. */
        public static Scope unclassifiedSince(Instant since) {
            return new Scope("c.lot_id IS NULL AND c.updated_at >= ?", List.of(since));
        }

        public static Scope all() {
            return new Scope("c.id > 0", List.of());
        }
    }

    /**
     * Classifies the components in {@code scope}.
     *
     * @param ignoredLot a rule being removed (its components move to the next best rule), or null
     * @param cause      what caused the run, e.g. {@code registry:<changeId>}; part of the event keys
     * @param at         time of the timeline events
     * @return how many components changed LOT
     */
    public int classify(Connection connection, Scope scope, Long ignoredLot, String cause, Instant at)
            throws SQLException {
        long ignored = ignoredLot == null ? -1L : ignoredLot;
        List<Object> eventParams = new ArrayList<>(List.of("lot\u001f" + cause + "\u001f", at, cause, ignored));
        eventParams.addAll(scope.params());
        Database.update(connection, String.format(EVENTS, scope.sql()), eventParams);
        List<Object> updateParams = new ArrayList<>();
        updateParams.add(ignored);
        updateParams.addAll(scope.params());
        updateParams.add(ignored);
        return Database.update(connection, String.format(UPDATE, scope.sql()), updateParams);
    }
}
