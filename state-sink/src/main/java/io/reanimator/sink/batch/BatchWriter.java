package io.reanimator.sink.batch;

import io.reanimator.sink.bundle.BundleTable;
import io.reanimator.sink.failure.FailureEventTable;
import io.reanimator.sink.installation.InstallationTable;
import io.reanimator.sink.observation.ObservationTable;
import io.reanimator.sink.subject.SubjectIds;
import io.reanimator.sink.subject.SubjectTables;
import io.reanimator.sink.timeline.TimelineEventTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the rows of one batch inside the caller's transaction, parents first: bundles, assets and components
 * (stubs, full rows, id lookup), observations, bundle status, then installations, timeline events and failure
 * episodes. About a dozen statements per batch, whatever its size. Every statement is an upsert on the table's
 * natural key, safe to replay.
 */
public final class BatchWriter {

    private final BundleTable bundles = new BundleTable();
    private final SubjectTables subjects = new SubjectTables();
    private final ObservationTable observations = new ObservationTable();
    private final InstallationTable installations = new InstallationTable();
    private final TimelineEventTable timelineEvents = new TimelineEventTable();
    private final FailureEventTable failureEvents = new FailureEventTable();

    /** Writes {@code rows}; returns the rows sent per table. */
    public Map<String, Integer> write(Connection connection, BatchRows rows) throws SQLException {
        Map<String, Integer> written = new TreeMap<>();
        if (rows.isEmpty()) {
            return written;
        }
        written.put("log_bundles", bundles.write(connection, rows.bundles.values()));
        SubjectIds ids = subjects.write(connection, rows.subjects, written::put);
        written.put("observations", observations.write(connection, rows.observations.values(), ids));
        TreeSet<String> touched = new TreeSet<>(rows.bundles.keySet());
        touched.addAll(rows.observedBundles);
        bundles.markParsed(connection, touched);
        written.put("installations", installations.write(connection, rows.installations.values(), ids));
        written.put("timeline_events", timelineEvents.write(connection, rows.timelineEvents.values(), ids));
        written.put("failure_events", failureEvents.write(connection, rows.failureEvents.values(), ids));
        written.values().removeIf(count -> count == 0);
        return written;
    }
}
