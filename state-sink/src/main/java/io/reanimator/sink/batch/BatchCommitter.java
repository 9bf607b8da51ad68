package io.reanimator.sink.batch;

import io.reanimator.sink.deadletter.DeadLetterPublisher;
import io.reanimator.sink.errors.PositionConflictException;
import io.reanimator.sink.errors.SqlErrors;
import io.reanimator.sink.offsets.OffsetStore;
import io.reanimator.sink.offsets.PartitionPositions;
import io.reanimator.sink.ops.SinkMetrics;
import io.reanimator.sink.subject.SubjectIdCache;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits polled entries to the database: one transaction holds the rows and the next offsets of every
 * partition in it. Before writing, the stored offsets are locked and compared with the positions this sink
 * consumed from (fencing a sink whose partitions moved). Dead letters are acknowledged before the commit.
 *
 * <p>A data error (SQLState 22/23) rolls the transaction back and the entries are split in two halves, each
 * committed on its own, down to the single record at fault, which is dead-lettered; the rest is written. Any
 * other SQLException is rethrown for the caller to classify (retry or stop).
 */
public final class BatchCommitter {

    private static final Logger LOG = LoggerFactory.getLogger(BatchCommitter.class);
    /** Ids of this many assets and as many components are kept (a few MB). */
    private static final int CACHED_SUBJECTS = 100_000;

    private final DataSource dataSource;
    private final OffsetStore offsets;
    private final BatchWriter writer;
    private final DeadLetterPublisher deadLetters;
    private final SinkMetrics metrics;
    private final CommitListener listener;
    private final SubjectIdCache cache = new SubjectIdCache(CACHED_SUBJECTS);

    public BatchCommitter(DataSource dataSource, OffsetStore offsets, BatchWriter writer,
            DeadLetterPublisher deadLetters, SinkMetrics metrics, CommitListener listener) {
        this.dataSource = dataSource;
        this.offsets = offsets;
        this.writer = writer;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.listener = listener;
    }

    /**
     * Commits {@code entries} (in poll order) and returns the next offsets now stored, by partition.
     *
     * @throws SQLException              on a database error that is not a data error
     * @throws PositionConflictException when another sink wrote one of the partitions
     */
    public Map<TopicPartition, Long> commit(List<Entry> entries, PartitionPositions positions) throws SQLException {
        Map<TopicPartition, Long> committed = new HashMap<>();
        commitBisecting(entries, positions, committed, new HashSet<>());
        return committed;
    }

    private void commitBisecting(List<Entry> entries, PartitionPositions positions,
            Map<TopicPartition, Long> committed, Set<String> published) throws SQLException {
        try {
            committed.putAll(commitOnce(entries, positions, published));
        } catch (SQLException e) {
            if (SqlErrors.classify(e) != SqlErrors.Kind.DATA) {
                throw e;
            }
            if (entries.size() == 1) {
                Entry only = entries.get(0);
                if (only instanceof Entry.Rejected) {
                    throw e;
                }
                Entry.Decoded decoded = (Entry.Decoded) only;
                Entry.Rejected rejected = new Entry.Rejected(decoded.raw(), "data",
                        "database refused the record: " + SqlErrors.describe(e), e, BatchRows.bundleId(decoded.value()));
                committed.putAll(commitOnce(List.of(rejected), positions, published));
                return;
            }
            LOG.debug("Data error in a batch of {}; splitting it: {}", entries.size(), SqlErrors.describe(e));
            int half = entries.size() / 2;
            commitBisecting(List.copyOf(entries.subList(0, half)), positions, committed, published);
            commitBisecting(List.copyOf(entries.subList(half, entries.size())), positions, committed, published);
        }
    }

    private Map<TopicPartition, Long> commitOnce(List<Entry> entries, PartitionPositions positions,
            Set<String> published) throws SQLException {
        long started = System.nanoTime();
        List<Entry.Decoded> decoded = new ArrayList<>();
        List<Entry.Rejected> rejected = new ArrayList<>();
        Map<TopicPartition, Long> next = new HashMap<>();
        Map<String, Integer> recordsByTopic = new TreeMap<>();
        for (Entry entry : entries) {
            if (entry instanceof Entry.Decoded d) {
                decoded.add(d);
            } else {
                rejected.add((Entry.Rejected) entry);
            }
            next.merge(entry.partition(), entry.raw().offset() + 1, Math::max);
            recordsByTopic.merge(entry.raw().topic(), 1, Integer::sum);
        }
        BatchRows rows = BatchRows.of(decoded);
        rejected.addAll(rows.invalid());
        publishOnce(rejected, published);

        BatchWriter.Written written;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                checkPositions(connection, next.keySet(), positions);
                written = writer.write(connection, rows, cache);
                offsets.store(connection, next);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        }
        positions.stored(next);
        cache.remember(written.ids());
        metrics.batchCommitted(Duration.ofNanos(System.nanoTime() - started), written.rows(), recordsByTopic);
        LOG.debug("Committed {} records ({} dead-lettered) as {}", entries.size(), rejected.size(), written.rows());
        listener.committed(Map.copyOf(next));
        return next;
    }

    private void publishOnce(List<Entry.Rejected> rejected, Set<String> published) {
        List<Entry.Rejected> fresh = new ArrayList<>();
        for (Entry.Rejected entry : rejected) {
            if (published.add(entry.raw().topic() + "/" + entry.raw().partition() + "/" + entry.raw().offset())) {
                fresh.add(entry);
            }
        }
        if (!fresh.isEmpty()) {
            deadLetters.publish(fresh);
            fresh.forEach(entry -> metrics.deadLetter(entry.raw().topic(), entry.kind()));
        }
    }

    private void checkPositions(Connection connection, Set<TopicPartition> partitions, PartitionPositions positions)
            throws SQLException {
        Map<TopicPartition, Long> stored = offsets.lock(connection, partitions);
        for (TopicPartition partition : partitions) {
            long actual = stored.getOrDefault(partition, PartitionPositions.NO_ROW);
            long expected = positions.expected(partition);
            if (actual != expected) {
                throw new PositionConflictException(partition + " is stored at " + actual + " but this sink read it from "
                        + expected + ": another sink instance wrote it");
            }
        }
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
