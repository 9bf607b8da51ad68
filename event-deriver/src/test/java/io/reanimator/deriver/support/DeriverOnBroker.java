package io.reanimator.deriver.support;

import io.reanimator.avro.FailureEvent;
import io.reanimator.avro.Installation;
import io.reanimator.avro.Observation;
import io.reanimator.avro.TimelineEvent;
import io.reanimator.deriver.EventDeriverConfig;
import io.reanimator.deriver.EventDeriverService;
import io.reanimator.embedded.junit.TestKafka;
import io.reanimator.embedded.support.Directories;
import io.reanimator.schemas.serde.AvroSerdeFactory;
import io.reanimator.schemas.serde.SerdeSettings;
import io.reanimator.schemas.topic.Topic;
import io.reanimator.schemas.topic.TopicSpec;
import io.reanimator.schemas.topic.Topics;
import io.reanimator.schemas.topic.TopicsConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The deriver on the shared embedded broker and registry, with its own topics (a unique prefix, 3 partitions),
 * application id and state directory; plus a producer of observations and a read_committed reader that applies
 * the outputs like a sink would.
 */
public final class DeriverOnBroker implements AutoCloseable {

    private final TestKafka kafka;
    public final Topics topics;
    public final String applicationId;
    private final TopicsConfig topicsConfig;
    private final KafkaConsumer<String, Object> reader;
    private final KafkaProducer<String, Observation> producer;
    private EventDeriverService service;

    public DeriverOnBroker(TestKafka kafka) {
        this.kafka = kafka;
        String name = kafka.uniqueName("deriver");
        this.topicsConfig = new TopicsConfig(name + ".", 3, (short) 1);
        this.topics = Topics.create(topicsConfig, new AvroSerdeFactory(SerdeSettings.development(kafka.registryUrl())));
        this.applicationId = name;
        kafka.createTopics(topics.specs().stream().map(TopicSpec::newTopic).toList());
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), topics.observations().keySerde().serializer(),
                topics.observations().valueSerde().serializer());
        this.reader = reader();
    }

    public Path stateDir(String label) {
        return Path.of("target", "state", applicationId + "-" + label).toAbsolutePath();
    }

    public EventDeriverService start(Path stateDir) {
        EventDeriverConfig config = EventDeriverConfig.of(kafka.bootstrapServers(),
                SerdeSettings.development(kafka.registryUrl()), topicsConfig, applicationId, stateDir)
                .withKafkaOverrides(Map.of("commit.interval.ms", "200",
                        "consumer.auto.offset.reset", "earliest"));
        service = EventDeriverService.start(config);
        return service;
    }

    public void stop() {
        if (service != null) {
            service.close();
            service = null;
        }
    }

    public void wipe(Path stateDir) {
        Directories.deleteRecursively(stateDir);
    }

    public void send(List<Observation> observations) {
        for (Observation o : observations) {
            producer.send(new ProducerRecord<>(topics.observations().name(), null,
                    Instant.now().toEpochMilli(), o.getAsset().getIdentity().getKey(), o));
        }
        producer.flush();
    }

    /** Writes raw bytes to the observations topic, as a broken producer would. */
    public void sendRaw(String key, byte[] value) {
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new org.apache.kafka.common.serialization.StringSerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(topics.observations().name(), key, value));
            raw.flush();
        }
    }

    /** The committed dead letters, read from the beginning until {@code count} arrived or the timeout passed. */
    public List<io.reanimator.avro.DeadLetter> deadLetters(int count, Duration timeout) {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, applicationId + "-dead-letters",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<io.reanimator.avro.DeadLetter> letters = new java.util.ArrayList<>();
        try (KafkaConsumer<byte[], io.reanimator.avro.DeadLetter> consumer = new KafkaConsumer<>(props,
                topics.deadLetters().keySerde().deserializer(), topics.deadLetters().valueSerde().deserializer())) {
            consumer.subscribe(List.of(topics.deadLetters().name()));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (letters.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> letters.add(r.value()));
            }
        }
        return letters;
    }

    /** Reads committed outputs into {@code state} until {@code done} holds (at once) or the timeout passes. */
    public AppliedState readUntilFirst(AppliedState state, Predicate<AppliedState> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !done.test(state)) {
            reader.poll(Duration.ofMillis(50)).forEach(record -> apply(state, record.value()));
        }
        return state;
    }

    /**
     * Reads committed outputs into {@code state} until {@code done} holds and nothing more arrived for 3 s (so
     * that late duplicates would be seen), or the timeout passes.
     */
    public AppliedState readUntil(AppliedState state, Predicate<AppliedState> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            var records = reader.poll(Duration.ofMillis(200));
            for (ConsumerRecord<String, Object> record : records) {
                apply(state, record.value());
            }
            if (!records.isEmpty()) {
                quietSince = System.nanoTime();
            } else if (done.test(state) && System.nanoTime() - quietSince > Duration.ofSeconds(3).toNanos()) {
                return state;
            }
        }
        return state;
    }

    private static void apply(AppliedState state, Object value) {
        if (value instanceof Installation i) {
            state.apply(i);
        } else if (value instanceof TimelineEvent e) {
            state.apply(e);
        } else if (value instanceof FailureEvent f) {
            state.apply(f);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private KafkaConsumer<String, Object> reader() {
        Map<String, Object> props = new java.util.HashMap<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, applicationId + "-reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"));
        Topic anyOutput = topics.installations();
        KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(props,
                topics.installations().keySerde().deserializer(), (org.apache.kafka.common.serialization.Deserializer)
                        new io.reanimator.schemas.serde.AvroSerdeFactory(SerdeSettings.development(
                                kafka.registryUrl())).valueSerde(Installation.class).deserializer());
        consumer.subscribe(List.of(anyOutput.name(), topics.timelineEvents().name(), topics.failureEvents().name()));
        return consumer;
    }

    @Override
    public void close() {
        stop();
        reader.close();
        producer.close();
    }
}
