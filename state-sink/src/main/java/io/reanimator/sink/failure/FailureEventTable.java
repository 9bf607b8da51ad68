package io.reanimator.sink.failure;

import static io.reanimator.sink.write.Sql.utc;
import static io.reanimator.sink.write.Sql.utcMillis;

import io.reanimator.avro.ChangeAction;
import io.reanimator.avro.FailureEvent;
import io.reanimator.sink.installation.InstallationTable;
import io.reanimator.sink.subject.SubjectIds;
import io.reanimator.sink.subject.Subjects;
import io.reanimator.sink.write.Json;
import io.reanimator.sink.write.MultiRowUpsert;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * {@code failure_events}, by failure_key (the record's {@code failureId}), with the UPSERT/RETRACT rule of
 * {@link InstallationTable}. Confidence is stored as DECIMAL(4,3), rounded half up; a value outside 0..1 is
 * refused by the table's CHECK and the record is dead-lettered.
 */
public final class FailureEventTable {

    private static final List<String> COLUMNS = List.of("failure_key", "component_id", "asset_id", "slot", "source",
            "confidence", "reason", "first_seen_at", "last_seen_at", "is_open", "evidence", "metrics", "retracted_at");

    private final MultiRowUpsert upsert = new MultiRowUpsert("failure_events", COLUMNS,
            "component_id = VALUES(component_id), asset_id = VALUES(asset_id), slot = VALUES(slot),"
                    + " source = VALUES(source), confidence = VALUES(confidence), reason = VALUES(reason),"
                    + " first_seen_at = VALUES(first_seen_at), last_seen_at = VALUES(last_seen_at),"
                    + " is_open = VALUES(is_open), evidence = VALUES(evidence), metrics = VALUES(metrics), "
                    + InstallationTable.RETRACTED_AT + ", updated_at = UTC_TIMESTAMP(6)");

    /** One failure episode as it will be written. */
    public record Row(FailureEvent record, BigDecimal confidence, long kafkaTimestamp) {

        /** @throws IllegalArgumentException when the confidence is not a finite number */
        public static Row of(FailureEvent record, long kafkaTimestamp) {
            double confidence = record.getConfidence();
            if (Double.isNaN(confidence) || Double.isInfinite(confidence)) {
                throw new IllegalArgumentException("confidence is not a finite number: " + confidence);
            }
            return new Row(record, BigDecimal.valueOf(confidence).setScale(3, RoundingMode.HALF_UP), kafkaTimestamp);
        }

        public String key() {
            return record.getFailureId();
        }

        public void parents(Subjects subjects) {
            subjects.componentStub(record.getComponentKey(), record.getComponentType().name());
            subjects.assetStub(record.getAssetKey());
        }

        Object[] values(SubjectIds ids) {
            boolean retract = record.getAction() == ChangeAction.RETRACT;
            return new Object[] {record.getFailureId(), ids.component(record.getComponentKey()),
                ids.asset(record.getAssetKey()), record.getSlot(), record.getSource().name(), confidence,
                record.getReason(), utc(record.getFirstSeenAt()), utc(record.getLastSeenAt()), record.getOpen(),
                Json.write(record.getEvidenceBundleIds()), Json.write(record.getMetrics()),
                retract ? utcMillis(kafkaTimestamp) : null};
        }
    }

    public int write(Connection connection, Collection<Row> rows, SubjectIds ids) throws SQLException {
        return upsert.execute(connection, rows.stream().map(row -> row.values(ids)).toList());
    }
}
