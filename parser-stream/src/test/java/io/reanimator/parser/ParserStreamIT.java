package io.reanimator.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.reanimator.avro.DeadLetter;
import io.reanimator.avro.LogBundle;
import io.reanimator.avro.Observation;
import io.reanimator.embedded.junit.TestKafka;
import io.reanimator.embedded.junit.WithKafka;
import io.reanimator.logbundle.write.BundleWriter;
import io.reanimator.parser.support.Corpus;
import io.reanimator.parser.support.TestBundles;
import io.reanimator.schemas.serde.AvroSerdeFactory;
import io.reanimator.schemas.topic.Topic;
import io.reanimator.schemas.topic.Topics;
import io.reanimator.schemas.topic.TopicsConfig;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/**
 * The parser stream against a real broker and registry, with bundles stored in a real raw store: observations
 * out, poison bytes and unusable bundles to the dead-letter topic, and a bundle sent again after a restart (with
 * a wiped local state directory, so the seen-bundles store must come back from its changelog) yields nothing.
 */
@WithKafka
class ParserStreamIT {

    private static final Instant COLLECTED = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(90);

    private final TestKafka kafka;

    ParserStreamIT(TestKafka kafka) {
        this.kafka = kafka;
    }

    @Test
    void shouldParseDeadLetterAndDeduplicateAcrossARestart() throws Exception {
        // given
        String prefix = kafka.uniqueName("parser-it");
        TestBundles bundles = TestBundles.under("it");
        TopicsConfig topicsConfig = new TopicsConfig(prefix + ".", 1, (short) 1);
        String applicationId = prefix + "-app";
        Topics topics = Topics.create(topicsConfig, new AvroSerdeFactory(
                io.reanimator.schemas.serde.SerdeSettings.development(kafka.registryUrl())));
        kafka.createTopics(topics.specs().stream().map(s -> new NewTopic(s.name(), 1, (short) 1)).toList());
        LogBundle dell = bundles.publish(dmidecode("glpi-agent__dell-r640.txt"));
        LogBundle supermicro = bundles.publish(BundleWriter.collectedAt(COLLECTED)
                .file("dmidecode.txt", "dmidecode", Corpus.bytes("dmidecode/ironlib__supermicro_x11dph-t_psu.txt"))
                .file("lshw.json", "lshw-json", Corpus.bytes("lshw/ironlib__supermicro_x11dph-t.json")).tarGz());
        LogBundle unusable = bundles.publish(BundleWriter.collectedAt(COLLECTED)
                .file("lshw.json", "lshw-json", "[]").tarGz());
        LogBundle oracle = bundles.publish(dmidecode("glpi-agent__oracle-server-x5-2.txt"));
        byte[] poison = "not a LogBundle".getBytes(StandardCharsets.UTF_8);

        // when: the first run sees three bundles, poison bytes and an unusable bundle
        try (ParserStreamService service = ParserStreamService.start(config(prefix, applicationId, bundles, "run1"))) {
            send(topics.bundles(), dell, supermicro);
            sendRaw(topics.bundles().name(), "poison-key".getBytes(StandardCharsets.UTF_8), poison);
            send(topics.bundles(), unusable, dell);
            List<ConsumerRecord<String, Observation>> firstRun = read(topics.observations(), 2);
            List<ConsumerRecord<byte[], DeadLetter>> deadLetters = read(topics.deadLetters(), 2);

            // then
            assertThat(service.isHealthy()).isTrue();
            assertThat(firstRun).extracting(ConsumerRecord::key)
                    .containsExactly("dell|2rjf153", "supermicro|a401031x0502795");
            assertThat(firstRun.get(1).value().getComponents()).hasSizeGreaterThan(20);
            DeadLetter poisoned = deadLetters.get(0).value();
            assertThat(poisoned.getReason()).startsWith("undeserializable record");
            assertThat(bytes(poisoned.getOriginalValue())).isEqualTo(poison);
            assertThat(poisoned.getSourceTopic()).isEqualTo(topics.bundles().name());
            assertThat(poisoned.getSourceOffset()).isEqualTo(2L);
            assertThat(deadLetters.get(1).value().getBundleId()).isEqualTo(unusable.getBundleId());
            assertThat(deadLetters.get(1).value().getReason()).contains("no file yielded");
        }

        // when: a restart on a fresh local state directory gets the same bundle again, then a new one
        try (ParserStreamService restarted = ParserStreamService.start(config(prefix, applicationId, bundles,
                "run2"))) {
            send(topics.bundles(), dell, oracle);
            List<ConsumerRecord<String, Observation>> all = read(topics.observations(), 3);

            // then: only the new bundle yields an observation
            assertThat(all).extracting(ConsumerRecord::key)
                    .containsExactly("dell|2rjf153", "supermicro|a401031x0502795", "oracle|1634nm1107");
        }
    }

    private ParserStreamConfig config(String prefix, String applicationId, TestBundles bundles, String run) {
        return new ParserStreamConfig(kafka.bootstrapServers(), kafka.registryUrl(), true, bundles.root(),
                Path.of("target", "streams-state", prefix, run).toAbsolutePath(), applicationId, 1,
                new TopicsConfig(prefix + ".", 1, (short) 1), Map.of("commit.interval.ms", "100"));
    }

    private void send(Topic<String, LogBundle> topic, LogBundle... records) {
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, LogBundle> producer = new KafkaProducer<>(props,
                topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            for (LogBundle record : records) {
                producer.send(new ProducerRecord<>(topic.name(), record.getSha256(), record));
            }
            producer.flush();
        }
    }

    private void sendRaw(String topic, byte[] key, byte[] value) {
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value));
            producer.flush();
        }
    }

    /** Reads the topic from the start (read_committed) until {@code expected} records, then briefly for extras. */
    private <K, V> List<ConsumerRecord<K, V>> read(Topic<K, V> topic, int expected) {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<K, V>> records = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(),
                topic.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(250)).forEach(records::add);
            }
            // Anything more (a duplicate observation) would have been committed with what we waited for.
            consumer.poll(Duration.ofSeconds(2)).forEach(records::add);
        }
        return records;
    }

    private static byte[] dmidecode(String file) {
        return BundleWriter.collectedAt(COLLECTED).file("dmidecode.txt", "dmidecode",
                Corpus.bytes("dmidecode/" + file)).tarGz();
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] out = new byte[copy.remaining()];
        copy.get(out);
        return out;
    }
}
