package io.reanimator.sink.timeline;

import static io.reanimator.sink.write.Sql.utc;
import static io.reanimator.sink.write.Sql.utcMillis;

import io.reanimator.avro.ChangeAction;
import io.reanimator.avro.SubjectType;
import io.reanimator.avro.TimelineEvent;
import io.reanimator.sink.installation.InstallationTable;
import io.reanimator.sink.subject.SubjectIds;
import io.reanimator.sink.subject.Subjects;
import io.reanimator.sink.write.Json;
import io.reanimator.sink.write.MultiRowUpsert;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code timeline_events}, by event_key (the record's {@code eventId}), with the UPSERT/RETRACT rule of
 * {@link InstallationTable}. The typed optional fields of the record (slot, from/to asset and slot, attribute,
 * from/to value, component type) go into {@code details} under their Avro names; the record's free-form
 * {@code details} map goes under {@code "extra"}.
 */
public final class TimelineEventTable {

    private static final List<String> COLUMNS = List.of("event_key", "subject_type", "subject_id", "subject_key",
            "event_type", "`timestamp`", "not_before", "asset_id", "component_id", "details", "evidence",
            "retracted_at");

    private final MultiRowUpsert upsert = new MultiRowUpsert("timeline_events", COLUMNS,
            "subject_type = VALUES(subject_type), subject_id = VALUES(subject_id), subject_key = VALUES(subject_key),"
                    + " event_type = VALUES(event_type), `timestamp` = VALUES(`timestamp`),"
                    + " not_before = VALUES(not_before), asset_id = VALUES(asset_id),"
                    + " component_id = VALUES(component_id), details = VALUES(details), evidence = VALUES(evidence), "
                    + InstallationTable.RETRACTED_AT + ", updated_at = UTC_TIMESTAMP(6)");

    /** One event as it will be written. */
    public record Row(TimelineEvent record, SubjectType subjectType, long kafkaTimestamp) {

        /**
         * @throws IllegalArgumentException when the subject type is UNKNOWN and cannot be told from the keys
         */
        public static Row of(TimelineEvent record, long kafkaTimestamp) {
            return new Row(record, subjectType(record), kafkaTimestamp);
        }

        public String key() {
            return record.getEventId();
        }

        public void parents(Subjects subjects) {
            String type = record.getComponentType() == null ? null : record.getComponentType().name();
            subjects.assetStub(record.getAssetKey());
            subjects.componentStub(record.getComponentKey(), type);
            if (subjectType == SubjectType.ASSET) {
                subjects.assetStub(record.getSubjectKey());
            } else {
                subjects.componentStub(record.getSubjectKey(), type);
            }
        }

        Object[] values(SubjectIds ids) {
            Long subjectId = subjectType == SubjectType.ASSET
                    ? ids.asset(record.getSubjectKey())
                    : ids.component(record.getSubjectKey());
            boolean retract = record.getAction() == ChangeAction.RETRACT;
            return new Object[] {record.getEventId(), subjectType.name(), subjectId, record.getSubjectKey(),
                record.getType().name(), utc(record.getOccurredAt()), utc(record.getNotBefore()),
                ids.asset(record.getAssetKey()), ids.component(record.getComponentKey()), Json.write(details(record)),
                Json.write(record.getEvidenceBundleIds()), retract ? utcMillis(kafkaTimestamp) : null};
        }

        private static SubjectType subjectType(TimelineEvent record) {
            if (record.getSubjectType() != SubjectType.UNKNOWN) {
                return record.getSubjectType();
            }
            if (record.getSubjectKey().equals(record.getComponentKey())) {
                return SubjectType.COMPONENT;
            }
            if (record.getSubjectKey().equals(record.getAssetKey())) {
                return SubjectType.ASSET;
            }
            throw new IllegalArgumentException("subjectType is UNKNOWN and subjectKey '" + record.getSubjectKey()
                    + "' is neither the assetKey nor the componentKey");
        }

        private static Map<String, Object> details(TimelineEvent record) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("componentType", record.getComponentType());
            details.put("slot", record.getSlot());
            details.put("fromAssetKey", record.getFromAssetKey());
            details.put("toAssetKey", record.getToAssetKey());
            details.put("fromSlot", record.getFromSlot());
            details.put("toSlot", record.getToSlot());
            details.put("attribute", record.getAttribute());
            details.put("fromValue", record.getFromValue());
            details.put("toValue", record.getToValue());
            if (!record.getDetails().isEmpty()) {
                details.put("extra", record.getDetails());
            }
            details.values().removeIf(v -> v == null);
            return details;
        }
    }

    public int write(Connection connection, Collection<Row> rows, SubjectIds ids) throws SQLException {
        return upsert.execute(connection, rows.stream().map(row -> row.values(ids)).toList());
    }
}
