package io.reanimator.embedded.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.reanimator.schemas.compat.SampleRecords;
import io.reanimator.schemas.serde.AvroSerdeFactory;
import io.reanimator.schemas.serde.SerdeSettings;
import io.reanimator.schemas.topic.Topic;
import io.reanimator.schemas.topic.TopicSpec;
import io.reanimator.schemas.topic.Topics;
import io.reanimator.schemas.topic.TopicsConfig;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * Every record type of the public contract goes through the real Apicurio serializer to the real broker and back
 * through the real deserializer, with its schema registered over HTTP in the registry of the test environment.
 */
@WithKafka
class AvroTopicsRoundTripIT {

    @Test
    void shouldReadBackEveryRecordTypeWhenWrittenThroughTheRegistrySerdes(TestKafka kafka) {
        Topics topics = Topics.create(new TopicsConfig(kafka.uniqueName("rt") + ".", 1, (short) 1),
                new AvroSerdeFactory(SerdeSettings.development(kafka.registryUrl())));
        kafka.createTopics(topics.specs().stream().map(TopicSpec::newTopic).toList());
        List<Topic<?, ?>> all = List.of(topics.bundles(), topics.observations(), topics.installations(),
                topics.timelineEvents(), topics.failureEvents(), topics.tickets(), topics.deadLetters(),
                topics.registryChanges());

        for (SpecificRecord sample : SampleRecords.all()) {
            Topic<?, ?> topic = all.stream()
                    .filter(t -> t.spec().name().contains(topicWordFor(sample)))
                    .findFirst().orElseThrow();
            // Compared through their JSON rendering: Avro's generated equals() resolves unions with the shared data
            // model, which knows no logical types, and throws on a nullable timestamp.
            Object read = roundTrip(kafka, topic, sample);
            assertThat(read).as(sample.getClass().getSimpleName()).isInstanceOf(sample.getClass());
            assertThat(read.toString()).as(sample.getClass().getSimpleName()).isEqualTo(sample.toString());
        }
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Object roundTrip(TestKafka kafka, Topic<K, V> topic, SpecificRecord value) {
        K key = topic.keySerde().deserializer().deserialize(topic.name(),
                topic.keySerde().serializer().serialize(topic.name(), sampleKey(topic)));
        try (KafkaProducer<K, V> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topic.name(), key, (V) value)).get();
        } catch (Exception e) {
            throw new AssertionError("could not produce to " + topic.name(), e);
        }
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, kafka.uniqueName("rt"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<V> read = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(config,
                topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            consumer.subscribe(Set.of(topic.name()));
            long deadline = System.currentTimeMillis() + 20_000;
            while (read.isEmpty() && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> read.add(r.value()));
            }
        }
        assertThat(read).as("records read back from " + topic.name()).hasSize(1);
        return read.get(0);
    }

    @SuppressWarnings("unchecked")
    private static <K> K sampleKey(Topic<K, ?> topic) {
        return (K) (topic.keySerde().serializer() instanceof org.apache.kafka.common.serialization.ByteArraySerializer
                ? "key".getBytes() : "key");
    }

    private static String topicWordFor(SpecificRecord record) {
        return switch (record.getClass().getSimpleName()) {
            case "LogBundle" -> ".bundles.";
            case "Observation" -> ".observations.";
            case "Installation" -> ".installations.";
            case "TimelineEvent" -> ".timeline-events.";
            case "FailureEvent" -> ".failure-events.";
            case "Ticket" -> ".tickets.";
            case "DeadLetter" -> ".dead-letters.";
            case "RegistryChange" -> ".registry.";
            default -> throw new IllegalArgumentException("no topic for " + record.getClass());
        };
    }
}
