package io.reanimator.sink;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.reanimator.avro.DeadLetter;
import io.reanimator.schemas.db.DataSources;
import io.reanimator.schemas.db.DatabaseMigrator;
import io.reanimator.schemas.serde.AvroSerdeFactory;
import io.reanimator.schemas.topic.Topics;
import io.reanimator.sink.batch.BatchCommitter;
import io.reanimator.sink.batch.BatchWriter;
import io.reanimator.sink.batch.CommitListener;
import io.reanimator.sink.consume.RecordDecoder;
import io.reanimator.sink.consume.SinkLoop;
import io.reanimator.sink.deadletter.DeadLetterPublisher;
import io.reanimator.sink.offsets.OffsetStore;
import io.reanimator.sink.ops.SinkMetrics;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running sink: a connection pool, a dead-letter producer and one poll thread ({@link SinkLoop}).
 * {@link #start} returns once the pool is open and the schema migrated; the thread then joins the group.
 */
public final class StateSinkService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StateSinkService.class);
    private static final Duration DEAD_LETTER_TIMEOUT = Duration.ofSeconds(30);

    private final HikariDataSource dataSource;
    private final DeadLetterPublisher deadLetters;
    private final SinkLoop loop;
    private final Thread thread;
    private final SinkMetrics metrics;
    private final AtomicBoolean closed = new AtomicBoolean();

    private StateSinkService(HikariDataSource dataSource, DeadLetterPublisher deadLetters, SinkLoop loop,
            SinkMetrics metrics, String groupId) {
        this.dataSource = dataSource;
        this.deadLetters = deadLetters;
        this.loop = loop;
        this.metrics = metrics;
        this.thread = new Thread(loop, "state-sink-" + groupId);
    }

    /** Starts a sink with its own in-memory meter registry. */
    public static StateSinkService start(StateSinkConfig config) {
        return start(config, new SimpleMeterRegistry(), CommitListener.NONE);
    }

    /**
     * Starts a sink that reports to {@code registry} and calls {@code listener} after each database commit
     * (embedding and tests).
     *
     * @throws IllegalStateException when the database cannot be reached or migrated at start
     */
    public static StateSinkService start(StateSinkConfig config, MeterRegistry registry, CommitListener listener) {
        HikariDataSource dataSource;
        try {
            dataSource = DataSources.pooled(config.database());
        } catch (SQLException e) {
            throw new IllegalStateException("state sink: cannot open the database pool " + config.database(), e);
        }
        DeadLetterPublisher deadLetters = null;
        try {
            if (config.migrate()) {
                new DatabaseMigrator(dataSource).migrate();
            }
            AvroSerdeFactory serdes = new AvroSerdeFactory(config.serdes());
            Topics topics = Topics.create(config.topics(), serdes);
            SinkMetrics metrics = new SinkMetrics(registry);
            deadLetters = new DeadLetterPublisher(
                    new KafkaProducer<>(producerProperties(config), new ByteArraySerializer(),
                            topics.deadLetters().valueSerde().serializer()),
                    topics.deadLetters().name(), DEAD_LETTER_TIMEOUT);
            OffsetStore offsets = new OffsetStore(config.groupId());
            BatchCommitter committer = new BatchCommitter(dataSource, offsets, new BatchWriter(), deadLetters, metrics,
                    listener);
            KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties(config),
                    new ByteArrayDeserializer(), new ByteArrayDeserializer());
            SinkLoop loop = new SinkLoop(consumer, RecordDecoder.topicNames(topics), new RecordDecoder(topics, serdes),
                    committer, dataSource, offsets, metrics, config.pollTimeout(), config.retryBackoff(),
                    config.maxRetryBackoff());
            StateSinkService service = new StateSinkService(dataSource, deadLetters, loop, metrics, config.groupId());
            service.thread.start();
            LOG.info("State sink started: group {}, topics {}", config.groupId(), RecordDecoder.topicNames(topics));
            return service;
        } catch (RuntimeException e) {
            if (deadLetters != null) {
                deadLetters.close();
            }
            dataSource.close();
            throw e;
        }
    }

    /** True while the poll thread runs (also while it waits out a database outage). */
    public boolean isHealthy() {
        return !closed.get() && loop.isRunning() && thread.isAlive();
    }

    /** Why the sink stopped on its own, or null. */
    public Throwable failure() {
        return loop.failure();
    }

    public SinkMetrics metrics() {
        return metrics;
    }

    /** Stops polling, waits for the current batch, closes consumer, producer and pool. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        loop.stop();
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deadLetters.close();
        dataSource.close();
        LOG.info("State sink closed");
    }

    static Map<String, Object> consumerProperties(StateSinkConfig config) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.putAll(config.kafkaProperties());
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.maxPollRecords());
        return props;
    }

    static Map<String, Object> producerProperties(StateSinkConfig config) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.kafkaProperties().forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key)) {
                props.put(key, value);
            }
        });
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, config.groupId() + "-dead-letters");
        return props;
    }
}
