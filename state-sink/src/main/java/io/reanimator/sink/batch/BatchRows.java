package io.reanimator.sink.batch;

import io.reanimator.avro.FailureEvent;
import io.reanimator.avro.Installation;
import io.reanimator.avro.LogBundle;
import io.reanimator.avro.Observation;
import io.reanimator.avro.TimelineEvent;
import io.reanimator.sink.bundle.BundleTable;
import io.reanimator.sink.failure.FailureEventTable;
import io.reanimator.sink.installation.InstallationTable;
import io.reanimator.sink.observation.ObservationMapper;
import io.reanimator.sink.observation.ObservationRow;
import io.reanimator.sink.subject.Subjects;
import io.reanimator.sink.timeline.TimelineEventTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rows of one batch, reduced to the last record per key: a later UPSERT or RETRACT of the same id replaces
 * an earlier one. Records of one id share a record key, hence a partition, so poll order is offset order for
 * them. Maps are sorted by key so rows are written (and locked) in the same order by every sink.
 */
public final class BatchRows {

    final Map<String, Object[]> bundles = new TreeMap<>();
    final Subjects subjects = new Subjects();
    final Map<String, ObservationRow> observations = new TreeMap<>();
    final TreeSet<String> observedBundles = new TreeSet<>();
    final Map<String, InstallationTable.Row> installations = new TreeMap<>();
    final Map<String, TimelineEventTable.Row> timelineEvents = new TreeMap<>();
    final Map<String, FailureEventTable.Row> failureEvents = new TreeMap<>();
    private final List<Entry.Rejected> invalid = new ArrayList<>();

    private BatchRows() {
    }

    /** Maps every decoded entry; entries the mapping refuses end up in {@link #invalid()}. */
    public static BatchRows of(List<Entry.Decoded> entries) {
        BatchRows rows = new BatchRows();
        for (Entry.Decoded entry : entries) {
            // Map into a scratch copy first, so a record refused half-way leaves no rows behind.
            BatchRows scratch = new BatchRows();
            try {
                scratch.add(entry);
            } catch (RuntimeException e) {
                rows.invalid.add(new Entry.Rejected(entry.raw(), "invalid", "invalid record: " + e.getMessage(), e,
                        bundleId(entry.value())));
                continue;
            }
            rows.add(entry);
        }
        return rows;
    }

    /** Entries refused by the sink's own checks, to dead-letter. */
    public List<Entry.Rejected> invalid() {
        return invalid;
    }

    boolean isEmpty() {
        return bundles.isEmpty() && subjects.isEmpty() && observations.isEmpty() && installations.isEmpty()
                && timelineEvents.isEmpty() && failureEvents.isEmpty();
    }

    private void add(Entry.Decoded entry) {
        long timestamp = entry.raw().timestamp();
        Object value = entry.value();
        if (value instanceof LogBundle bundle) {
            bundles.put(bundle.getBundleId(), BundleTable.row(bundle));
        } else if (value instanceof Observation observation) {
            ObservationMapper.map(observation, subjects, row -> observations.put(row.observationKey(), row));
            observedBundles.add(observation.getBundleId());
        } else if (value instanceof Installation installation) {
            InstallationTable.Row row = new InstallationTable.Row(installation, timestamp);
            row.parents(subjects);
            installations.put(row.key(), row);
        } else if (value instanceof TimelineEvent event) {
            TimelineEventTable.Row row = TimelineEventTable.Row.of(event, timestamp);
            row.parents(subjects);
            timelineEvents.put(row.key(), row);
        } else if (value instanceof FailureEvent failure) {
            FailureEventTable.Row row = FailureEventTable.Row.of(failure, timestamp);
            row.parents(subjects);
            failureEvents.put(row.key(), row);
        } else {
            throw new IllegalArgumentException("no table for " + value.getClass().getName());
        }
    }

    /** The bundle a record relates to, for tracing dead letters. */
    public static String bundleId(Object value) {
        if (value instanceof LogBundle bundle) {
            return bundle.getBundleId();
        }
        if (value instanceof Observation observation) {
            return observation.getBundleId();
        }
        return null;
    }
}
