package io.reanimator.sink.installation;

import static io.reanimator.sink.write.Sql.utc;
import static io.reanimator.sink.write.Sql.utcMillis;

import io.reanimator.avro.ChangeAction;
import io.reanimator.avro.Installation;
import io.reanimator.sink.subject.SubjectIds;
import io.reanimator.sink.subject.Subjects;
import io.reanimator.sink.write.Json;
import io.reanimator.sink.write.MultiRowUpsert;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * {@code installations}, by installation_key (the record's {@code installationId}). An UPSERT replaces the
 * interval and clears {@code retracted_at}; a RETRACT writes the record's content and sets {@code retracted_at}
 * to the RETRACT record's Kafka timestamp, keeping the first retraction time when it is delivered again.
 * Active means {@code removed_at IS NULL AND retracted_at IS NULL}.
 */
public final class InstallationTable {

    private static final List<String> COLUMNS = List.of("installation_key", "component_id", "asset_id", "slot",
            "installed_at", "installed_not_before", "last_seen_present_at", "removed_at", "retracted_at", "evidence");

    /** Shared by the event tables: keep the first retraction time on redelivery, clear it on UPSERT. */
    public static final String RETRACTED_AT =
            "retracted_at = IF(VALUES(retracted_at) IS NULL, NULL, COALESCE(retracted_at, VALUES(retracted_at)))";

    private final MultiRowUpsert upsert = new MultiRowUpsert("installations", COLUMNS,
            "component_id = VALUES(component_id), asset_id = VALUES(asset_id), slot = VALUES(slot),"
                    + " installed_at = VALUES(installed_at), installed_not_before = VALUES(installed_not_before),"
                    + " last_seen_present_at = VALUES(last_seen_present_at), removed_at = VALUES(removed_at), "
                    + RETRACTED_AT + ", evidence = VALUES(evidence), updated_at = UTC_TIMESTAMP(6)");

    /** One installation record as it will be written; {@code kafkaTimestamp} dates a retraction. */
    public record Row(Installation record, long kafkaTimestamp) {

        public String key() {
            return record.getInstallationId();
        }

        /** Registers the parents this row needs. */
        public void parents(Subjects subjects) {
            subjects.componentStub(record.getComponentKey(), null);
            subjects.assetStub(record.getAssetKey());
        }

        Object[] values(SubjectIds ids) {
            boolean retract = record.getAction() == ChangeAction.RETRACT;
            return new Object[] {record.getInstallationId(), ids.component(record.getComponentKey()),
                ids.asset(record.getAssetKey()), record.getSlot(), utc(record.getInstalledAt()),
                utc(record.getInstalledNotBefore()), utc(record.getLastSeenPresentAt()), utc(record.getRemovedAt()),
                retract ? utcMillis(kafkaTimestamp) : null, Json.write(record.getEvidenceBundleIds())};
        }
    }

    public int write(Connection connection, Collection<Row> rows, SubjectIds ids) throws SQLException {
        return upsert.execute(connection, rows.stream().map(row -> row.values(ids)).toList());
    }
}
