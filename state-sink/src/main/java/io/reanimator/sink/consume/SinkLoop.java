package io.reanimator.sink.consume;

import io.reanimator.sink.batch.BatchCommitter;
import io.reanimator.sink.batch.Entry;
import io.reanimator.sink.errors.DeadLetterUnavailableException;
import io.reanimator.sink.errors.PositionConflictException;
import io.reanimator.sink.errors.SinkFailedException;
import io.reanimator.sink.errors.SqlErrors;
import io.reanimator.sink.offsets.OffsetStore;
import io.reanimator.sink.offsets.PartitionPositions;
import io.reanimator.sink.ops.SinkMetrics;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's poll thread. Positions come from {@code sink_offsets}, never from the group's committed offsets:
 * a partition is paused when assigned, positioned from the database, then resumed. Each poll batch is decoded
 * and committed by {@link BatchCommitter}; offsets go to Kafka afterwards only so lag tools see progress.
 *
 * <p>On a transient failure (database or dead-letter topic unreachable, deadlock, position conflict) the batch
 * is rolled back and dropped, every partition is paused and marked for re-positioning, and the loop keeps
 * polling (paused, so it stays in the group) through an exponential backoff; once the database answers, the
 * partitions are positioned from it again and the same records are read again. Nothing is lost, nothing is
 * applied twice. A fatal error (authorization, schema mismatch) stops the loop.
 */
public final class SinkLoop implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(SinkLoop.class);

    private final Consumer<byte[], byte[]> consumer;
    private final List<String> topics;
    private final RecordDecoder decoder;
    private final BatchCommitter committer;
    private final DataSource dataSource;
    private final OffsetStore offsets;
    private final SinkMetrics metrics;
    private final Duration pollTimeout;
    private final Backoff backoff;
    private final PartitionPositions positions = new PartitionPositions();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private volatile Throwable failure;

    public SinkLoop(Consumer<byte[], byte[]> consumer, List<String> topics, RecordDecoder decoder,
            BatchCommitter committer, DataSource dataSource, OffsetStore offsets, SinkMetrics metrics,
            Duration pollTimeout, Duration initialBackoff, Duration maxBackoff) {
        this.consumer = consumer;
        this.topics = List.copyOf(topics);
        this.decoder = decoder;
        this.committer = committer;
        this.dataSource = dataSource;
        this.offsets = offsets;
        this.metrics = metrics;
        this.pollTimeout = pollTimeout;
        this.backoff = new Backoff(initialBackoff, maxBackoff);
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(topics, new PositionFromDatabase());
            while (running.get()) {
                if (positions.hasPending()) {
                    position();
                } else {
                    pollAndCommit();
                }
            }
        } catch (WakeupException e) {
            if (running.get()) {
                failure = e;
                LOG.error("Sink woken up while running", e);
            }
        } catch (Throwable e) {
            failure = e;
            LOG.error("Sink stopped: {}", e.toString(), e);
        } finally {
            running.set(false);
            consumer.close(Duration.ofSeconds(5));
            LOG.info("Sink consumer closed");
        }
    }

    /** Asks the loop to stop; it leaves at its next poll. */
    public void stop() {
        running.set(false);
        consumer.wakeup();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** Why the loop stopped on its own; null while it runs or after a requested stop. */
    public Throwable failure() {
        return failure;
    }

    private void pollAndCommit() throws SQLException {
        ConsumerRecords<byte[], byte[]> polled = consumer.poll(pollTimeout);
        updateLag();
        List<Entry> entries = new ArrayList<>(polled.count());
        for (ConsumerRecord<byte[], byte[]> record : polled) {
            // A rebalance inside poll() may have marked a partition for re-positioning: leave its records.
            if (!positions.isPending(new TopicPartition(record.topic(), record.partition()))) {
                entries.add(decoder.decode(record));
            }
        }
        if (entries.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> committed;
        try {
            committed = committer.commit(entries, positions);
        } catch (SQLException e) {
            if (SqlErrors.classify(e) == SqlErrors.Kind.FATAL) {
                throw new SinkFailedException("database refused the sink: " + SqlErrors.describe(e), e);
            }
            retryLater("database", e);
            return;
        } catch (PositionConflictException e) {
            retryLater("conflict", e);
            return;
        } catch (DeadLetterUnavailableException e) {
            retryLater("dead-letters", e);
            return;
        }
        backoff.reset();
        commitToKafka(committed);
    }

    /** Positions the pending partitions from {@code sink_offsets}, then resumes everything assigned. */
    private void position() throws SQLException {
        Set<TopicPartition> assignment = consumer.assignment();
        Map<TopicPartition, Long> stored;
        try (Connection connection = dataSource.getConnection()) {
            stored = offsets.load(connection);
        } catch (SQLException e) {
            if (SqlErrors.classify(e) == SqlErrors.Kind.FATAL) {
                throw new SinkFailedException("database refused the sink: " + SqlErrors.describe(e), e);
            }
            retryLater("database", e);
            return;
        }
        for (TopicPartition partition : positions.pending()) {
            if (!assignment.contains(partition)) {
                positions.forget(List.of(partition));
                continue;
            }
            Long next = stored.get(partition);
            if (next == null) {
                consumer.seekToBeginning(List.of(partition));
                positions.positioned(partition, PartitionPositions.NO_ROW);
            } else {
                consumer.seek(partition, next);
                positions.positioned(partition, next);
            }
            LOG.debug("Positioned {} at {}", partition, next == null ? "the beginning" : next);
        }
        consumer.resume(assignment);
    }

    private void retryLater(String reason, Exception cause) {
        metrics.retry(reason);
        Duration delay = backoff.next();
        LOG.warn("Sink batch rolled back ({}); retrying in {} ms: {}", reason, delay.toMillis(), cause.toString());
        Set<TopicPartition> assignment = consumer.assignment();
        positions.markPending(assignment);
        consumer.pause(assignment);
        long until = System.nanoTime() + delay.toNanos();
        while (running.get() && System.nanoTime() < until) {
            long left = Math.max(1, (until - System.nanoTime()) / 1_000_000);
            // Paused: stays in the group without fetching. Anything a rebalance lets through is read again later.
            ConsumerRecords<byte[], byte[]> ignored = consumer.poll(Duration.ofMillis(Math.min(left, 200)));
            ignored.partitions().forEach(partition -> positions.markPending(List.of(partition)));
        }
    }

    private void commitToKafka(Map<TopicPartition, Long> committed) {
        Map<TopicPartition, OffsetAndMetadata> kafkaOffsets = new HashMap<>();
        committed.forEach((partition, next) -> kafkaOffsets.put(partition, new OffsetAndMetadata(next)));
        consumer.commitAsync(kafkaOffsets, (done, error) -> {
            if (error != null) {
                LOG.debug("Kafka offset commit failed (the database holds the positions): {}", error.toString());
            }
        });
    }

    private void updateLag() {
        long total = 0;
        for (TopicPartition partition : consumer.assignment()) {
            OptionalLong lag = consumer.currentLag(partition);
            if (lag.isPresent()) {
                total += lag.getAsLong();
            }
        }
        metrics.lag(total);
    }

    /** Pauses newly assigned partitions until they are positioned from the database. */
    private final class PositionFromDatabase implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            LOG.info("Assigned {}", partitions);
            positions.markPending(partitions);
            consumer.pause(partitions);
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            LOG.info("Revoked {}", partitions);
            positions.forget(partitions);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            LOG.info("Lost {}", partitions);
            positions.forget(partitions);
        }
    }
}
