package io.reanimator.sink.batch;

import io.reanimator.sink.bundle.BundleTable;
import io.reanimator.sink.failure.FailureEventTable;
import io.reanimator.sink.installation.InstallationTable;
import io.reanimator.sink.observation.ObservationTable;
import io.reanimator.sink.subject.SubjectIdCache;
import io.reanimator.sink.subject.SubjectIds;
import io.reanimator.sink.subject.SubjectTables;
import io.reanimator.sink.timeline.TimelineEventTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the rows of one batch inside the caller's transaction, parents first: bundles, assets and components
 * (stubs, full rows, id lookup), observations, bundle status, then installations, timeline events and failure
 * episodes. About a dozen statements per batch, whatever its size. Every statement is an upsert on the table's
 * natural key, safe to replay.
 */
public final class BatchWriter {

    private static final Logger LOG = LoggerFactory.getLogger(BatchWriter.class);

    private final BundleTable bundles = new BundleTable();
    private final SubjectTables subjects = new SubjectTables();
    private final ObservationTable observations = new ObservationTable();
    private final InstallationTable installations = new InstallationTable();
    private final TimelineEventTable timelineEvents = new TimelineEventTable();
    private final FailureEventTable failureEvents = new FailureEventTable();

    /** What a batch wrote: rows sent per table, and the subject ids to remember once the batch commits. */
    public record Written(Map<String, Integer> rows, SubjectIds ids) {
    }

    /** Writes {@code rows}, using and not yet updating {@code cache}. */
    public Written write(Connection connection, BatchRows rows, SubjectIdCache cache) throws SQLException {
        Map<String, Integer> written = new TreeMap<>();
        if (rows.isEmpty()) {
            return new Written(written, new SubjectIds(Map.of(), Map.of(), Map.of()));
        }
        Stopwatch watch = new Stopwatch();
        written.put("log_bundles", bundles.write(connection, rows.bundles.values()));
        watch.lap("log_bundles");
        SubjectIds ids = subjects.write(connection, rows.subjects, cache, written::put);
        watch.lap("assets+components");
        written.put("observations", observations.write(connection, rows.observations.values(), ids));
        watch.lap("observations");
        TreeSet<String> touched = new TreeSet<>(rows.bundles.keySet());
        touched.addAll(rows.observedBundles);
        bundles.markParsed(connection, touched);
        watch.lap("bundle status");
        written.put("installations", installations.write(connection, rows.installations.values(), ids));
        watch.lap("installations");
        written.put("timeline_events", timelineEvents.write(connection, rows.timelineEvents.values(), ids));
        watch.lap("timeline_events");
        written.put("failure_events", failureEvents.write(connection, rows.failureEvents.values(), ids));
        watch.lap("failure_events");
        written.values().removeIf(count -> count == 0);
        LOG.debug("Batch statements took {}", watch);
        return new Written(written, ids);
    }

    /** Milliseconds per step, for the DEBUG log of each batch. */
    private static final class Stopwatch {

        private final StringBuilder laps = new StringBuilder();
        private long last = System.nanoTime();

        void lap(String step) {
            long now = System.nanoTime();
            laps.append(laps.length() == 0 ? "" : ", ").append(step).append('=').append((now - last) / 1_000_000)
                    .append(" ms");
            last = now;
        }

        @Override
        public String toString() {
            return laps.toString();
        }
    }
}
