package io.reanimator.record.registry;

import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.reanimator.avro.RegistryChange;
import io.reanimator.schemas.topic.Topic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the registry topic and applies every change through the {@link RegistryApplier}; offsets are committed
 * after the changes of a poll are applied, and the applier's per-entity offset makes redelivery harmless. A
 * record that cannot be deserialized is logged with its position, counted and skipped; a change the database
 * refuses for its content (not a connection or conflict error) three times is logged and skipped too; a transient
 * database failure is retried with backoff (nothing is skipped for it) while {@link #isHealthy()} says false.
 */
public final class RegistryConsumer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryConsumer.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    /** A change the database refuses this often for a non-transient reason is skipped, so it cannot block its partition. */
    private static final int DATA_ERROR_ATTEMPTS = 3;
    private static final int ER_LOCK_WAIT_TIMEOUT = 1205;

    private final KafkaConsumer<String, RegistryChange> consumer;
    private final Topic<String, RegistryChange> topic;
    private final RegistryApplier applier;
    private final Counter applied;
    private final Counter skipped;
    private final Counter failed;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicBoolean databaseFailing = new AtomicBoolean(false);
    private final AtomicLong lastPollMillis = new AtomicLong(System.currentTimeMillis());
    private final Thread thread;

    public RegistryConsumer(String bootstrapServers, String group, Topic<String, RegistryChange> topic,
                            Map<String, Object> overrides, RegistryApplier applier, MeterRegistry meters) {
        this.topic = topic;
        this.applier = applier;
        this.applied = meters.counter("reanimator.registry.changes", "outcome", "applied");
        this.skipped = meters.counter("reanimator.registry.changes", "outcome", "skipped_undeserializable");
        this.failed = meters.counter("reanimator.registry.changes", "outcome", "skipped_data_error");
        Map<String, Object> config = new HashMap<>(overrides);
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        config.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, group + "-registry");
        this.consumer = new KafkaConsumer<>(config, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
        this.thread = new Thread(this::run, "record-api-registry-consumer");
        this.thread.setDaemon(true);
    }

    public RegistryConsumer start() {
        thread.start();
        return this;
    }

    /** Alive, polling, and the database accepting changes. */
    public boolean isHealthy() {
        return thread.isAlive() && !databaseFailing.get()
                && System.currentTimeMillis() - lastPollMillis.get() < Duration.ofMinutes(2).toMillis();
    }

    private void run() {
        try {
            consumer.subscribe(List.of(topic.name()));
            while (running.get()) {
                pollOnce();
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        } catch (RuntimeException e) {
            LOG.error("Registry consumer stopped: {}", e.toString(), e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void pollOnce() {
        ConsumerRecords<String, RegistryChange> records;
        try {
            records = consumer.poll(Duration.ofMillis(500));
        } catch (RecordDeserializationException e) {
            TopicPartition partition = e.topicPartition();
            LOG.warn("Skipping undeserializable registry record at {}-{} offset {}: {}", partition.topic(),
                    partition.partition(), e.offset(), e.getMessage());
            skipped.increment();
            consumer.seek(partition, e.offset() + 1);
            return;
        }
        lastPollMillis.set(System.currentTimeMillis());
        for (ConsumerRecord<String, RegistryChange> record : records) {
            applyWithRetry(record);
        }
        if (!records.isEmpty()) {
            consumer.commitSync();
        }
    }

    private void applyWithRetry(ConsumerRecord<String, RegistryChange> record) {
        Duration backoff = Duration.ofMillis(200);
        for (int attempt = 1; running.get(); attempt++) {
            try {
                if (applier.apply(record.value(), record.partition(), record.offset())) {
                    applied.increment();
                    LOG.debug("Applied registry change {} {} from partition {} offset {}",
                            record.value().getChangeId(), record.key(), record.partition(), record.offset());
                }
                databaseFailing.set(false);
                return;
            } catch (SQLException e) {
                if (!transientFailure(e) && attempt >= DATA_ERROR_ATTEMPTS) {
                    LOG.error("Skipping registry change {} at {}-{} offset {}: the database refuses it ({}, SQLState"
                            + " {})", record.value().getChangeId(), record.topic(), record.partition(),
                            record.offset(), e.getMessage(), e.getSQLState());
                    failed.increment();
                    databaseFailing.set(false);
                    return;
                }
                databaseFailing.set(true);
                LOG.warn("Could not apply registry change at {}-{} offset {} ({}), retrying in {}", record.topic(),
                        record.partition(), record.offset(), e.getMessage(), backoff);
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** Connection trouble and transaction conflicts pass; anything else is the change's own fault. */
    static boolean transientFailure(SQLException e) {
        String state = e.getSQLState();
        return state == null || state.startsWith("08") || state.startsWith("40") || state.startsWith("HYT")
                || e.getErrorCode() == ER_LOCK_WAIT_TIMEOUT
                || e instanceof java.sql.SQLTransientException || e instanceof java.sql.SQLRecoverableException;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (running.compareAndSet(true, false)) {
            consumer.wakeup();
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
