package io.reanimator.sink.observation;

import io.reanimator.sink.subject.SubjectIds;
import io.reanimator.sink.write.MultiRowUpsert;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/** Upserts observations rows by observation_key; a re-parse of the same bundle replaces them. */
public final class ObservationTable {

    private static final List<String> COLUMNS = List.of("observation_key", "bundle_id", "asset_id", "component_id",
            "collected_at", "slot", "firmware", "health_status", "summary", "parser_version");

    private final MultiRowUpsert upsert = new MultiRowUpsert("observations", COLUMNS,
            "bundle_id = VALUES(bundle_id), asset_id = VALUES(asset_id), component_id = VALUES(component_id),"
                    + " collected_at = VALUES(collected_at), slot = VALUES(slot), firmware = VALUES(firmware),"
                    + " health_status = VALUES(health_status), summary = VALUES(summary),"
                    + " parser_version = VALUES(parser_version), updated_at = UTC_TIMESTAMP(6)");

    public int write(Connection connection, Collection<ObservationRow> rows, SubjectIds ids) throws SQLException {
        return upsert.execute(connection, rows.stream().map(row -> row.values(ids)).toList());
    }
}
