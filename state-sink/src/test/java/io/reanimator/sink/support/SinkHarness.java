package io.reanimator.sink.support;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.reanimator.embedded.junit.TestDatabase;
import io.reanimator.embedded.junit.TestKafka;
import io.reanimator.schemas.serde.AvroSerdeFactory;
import io.reanimator.schemas.serde.SerdeSettings;
import io.reanimator.schemas.topic.Topic;
import io.reanimator.schemas.topic.TopicSpec;
import io.reanimator.schemas.topic.Topics;
import io.reanimator.schemas.topic.TopicsConfig;
import io.reanimator.sink.StateSinkConfig;
import io.reanimator.sink.StateSinkService;
import io.reanimator.sink.batch.CommitListener;
import io.reanimator.sink.consume.RecordDecoder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Topics under a unique prefix on the shared broker, a producer for contract records (and for raw bytes), and
 * helpers to start the sink and wait until it has stored offsets up to the end of every input partition.
 */
public final class SinkHarness implements AutoCloseable {

    public static final int PARTITIONS = 3;
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final TestKafka kafka;
    private final TestDatabase database;
    private final TopicsConfig topicsConfig;
    private final Topics topics;
    private final KafkaProducer<String, byte[]> producer;
    private final List<StateSinkService> started = new ArrayList<>();

    public SinkHarness(TestKafka kafka, TestDatabase database) {
        this.kafka = kafka;
        this.database = database;
        this.topicsConfig = new TopicsConfig(kafka.uniqueName("t").replace('-', '_') + ".", PARTITIONS, (short) 1);
        this.topics = Topics.create(topicsConfig, new AvroSerdeFactory(SerdeSettings.development(kafka.registryUrl())));
        kafka.createTopics(topics.specs().stream().map(TopicSpec::newTopic).toList());
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    public Topics topics() {
        return topics;
    }

    /** A sink configuration for these topics and the test database, under a fresh group. */
    public StateSinkConfig config() {
        return StateSinkConfig.of(kafka.bootstrapServers(), kafka.registryUrl(), topicsConfig, database.jdbcUrl(),
                        database.username(), database.password())
                .withGroupId(kafka.uniqueName("sink"))
                .withRetryBackoff(Duration.ofMillis(50), Duration.ofSeconds(1));
    }

    public StateSinkService start(StateSinkConfig config) {
        return start(config, CommitListener.NONE);
    }

    public StateSinkService start(StateSinkConfig config, CommitListener listener) {
        StateSinkService service = StateSinkService.start(config, new SimpleMeterRegistry(), listener);
        started.add(service);
        return service;
    }

    /** Serializes {@code value} with the topic's serde and sends it; returns the exact bytes sent. */
    public <T> byte[] send(Topic<String, T> topic, String key, T value) {
        byte[] bytes = topic.valueSerde().serializer().serialize(topic.name(), value);
        sendBytes(topic.name(), key, bytes);
        return bytes;
    }

    public void sendBytes(String topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Waits until {@code group} has stored, in sink_offsets, the end offset of every input partition. */
    public void awaitCaughtUp(String group) {
        await("sink group " + group + " caught up", () -> caughtUp(group));
    }

    public boolean caughtUp(String group) {
        Map<TopicPartition, Long> ends = endOffsets();
        Map<TopicPartition, Long> stored = storedOffsets(group);
        return ends.entrySet().stream()
                .allMatch(end -> end.getValue() == 0 || end.getValue().equals(stored.get(end.getKey())));
    }

    public Map<TopicPartition, Long> endOffsets() {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (String topic : RecordDecoder.topicNames(topics)) {
            for (int p = 0; p < PARTITIONS; p++) {
                request.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
        }
        try (Admin admin = kafka.admin()) {
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result = admin.listOffsets(request).all().get();
            Map<TopicPartition, Long> ends = new HashMap<>();
            result.forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    public long totalRecords() {
        return endOffsets().values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<TopicPartition, Long> storedOffsets(String group) {
        Map<TopicPartition, Long> stored = new HashMap<>();
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT topic, partition_id, next_offset FROM sink_offsets WHERE consumer_group = ?")) {
            statement.setString(1, group);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    stored.put(new TopicPartition(result.getString(1), result.getInt(2)), result.getLong(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return stored;
    }

    public long count(String sql) {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }

    /** Closes every sink started so far; topics and producer stay. */
    public void stopSinks() {
        started.forEach(StateSinkService::close);
        started.clear();
    }

    @Override
    public void close() {
        stopSinks();
        producer.close();
    }
}
