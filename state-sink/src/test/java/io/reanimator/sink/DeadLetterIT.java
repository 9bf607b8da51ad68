package io.reanimator.sink;

import static io.reanimator.sink.support.TestRecords.failure;
import static io.reanimator.sink.support.TestRecords.installation;
import static org.assertj.core.api.Assertions.assertThat;

import io.reanimator.avro.ChangeAction;
import io.reanimator.avro.DeadLetter;
import io.reanimator.avro.SubjectType;
import io.reanimator.avro.TimelineEvent;
import io.reanimator.avro.TimelineEventType;
import io.reanimator.embedded.junit.TestDatabase;
import io.reanimator.embedded.junit.TestKafka;
import io.reanimator.embedded.junit.WithKafka;
import io.reanimator.embedded.junit.WithMariaDb;
import io.reanimator.sink.support.SinkHarness;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

@WithKafka
@WithMariaDb
class DeadLetterIT {

    private static final Instant T1 = Instant.parse("2024-05-01T08:00:00Z");

    @Test
    void shouldDeadLetterBadRecordsAndWriteTheRestOfTheBatch(TestKafka kafka, TestDatabase database) {
        try (SinkHarness harness = new SinkHarness(kafka, database)) {
            // given: good installations around four bad records of every kind
            String asset = "supermicro|dl-1";
            for (int i = 0; i < 6; i++) {
                String dimm = "samsung|dl-dimm-" + i;
                harness.send(harness.topics().installations(), dimm,
                        installation(ChangeAction.UPSERT, dimm, asset, "DIMM_" + i, T1, T1, null));
            }
            Map<String, byte[]> bad = new HashMap<>();
            bad.put("22001", harness.send(harness.topics().installations(), "samsung|dl-long",
                    installation(ChangeAction.UPSERT, "samsung|dl-long", asset, "S".repeat(100), T1, T1, null)));
            bad.put("23000", harness.send(harness.topics().failureEvents(), "intel|dl-nvme",
                    failure(ChangeAction.UPSERT, "intel|dl-nvme", asset, 1.5, T1, T1, true)));
            bad.put("invalid", harness.send(harness.topics().timelineEvents(), "nobody",
                    TimelineEvent.newBuilder()
                            .setEventId("e-invalid").setAction(ChangeAction.UPSERT).setSubjectType(SubjectType.UNKNOWN)
                            .setSubjectKey("nobody").setType(TimelineEventType.INSTALLED).setOccurredAt(T1)
                            .setAssetKey(asset).setComponentKey("samsung|dl-dimm-0").build()));
            byte[] poison = "not avro at all".getBytes(StandardCharsets.UTF_8);
            harness.sendBytes(harness.topics().timelineEvents().name(), "poison", poison);
            bad.put("poison", poison);
            StateSinkConfig config = harness.config();

            // when
            StateSinkService sink = harness.start(config);
            harness.awaitCaughtUp(config.groupId());

            // then: the good rows are written, the bad ones are not
            assertThat(harness.count("SELECT COUNT(*) FROM installations i JOIN components c ON c.id = i.component_id"
                    + " WHERE c.identity_key LIKE 'samsung|dl-dimm-%'")).isEqualTo(6);
            assertThat(harness.count("SELECT COUNT(*) FROM installations WHERE CHAR_LENGTH(slot) > 64")).isZero();
            assertThat(harness.count("SELECT COUNT(*) FROM failure_events")).isZero();
            assertThat(sink.metrics().total("dead.letters")).isEqualTo(4.0);
            assertThat(sink.isHealthy()).isTrue();

            // and: each bad record is on the dead-letter topic with its reason, coordinates and exact bytes
            List<DeadLetter> letters = readDeadLetters(kafka, harness, 4);
            assertThat(letters).hasSize(4).allSatisfy(letter -> {
                assertThat(letter.getStage()).isEqualTo("state-sink");
                assertThat(letter.getSourceTopic()).startsWith(config.topics().namePrefix());
                assertThat(letter.getSourcePartition()).isNotNull();
                assertThat(letter.getSourceOffset()).isNotNull();
            });
            assertThat(reasonFor(letters, bad.get("22001"))).contains("SQLState 22001");
            assertThat(reasonFor(letters, bad.get("23000"))).contains("SQLState 23000");
            assertThat(reasonFor(letters, bad.get("invalid"))).contains("invalid record", "subjectType is UNKNOWN");
            assertThat(reasonFor(letters, bad.get("poison"))).contains("undeserializable");
        }
    }

    private static String reasonFor(List<DeadLetter> letters, byte[] original) {
        return letters.stream()
                .filter(letter -> letter.getOriginalValue() != null
                        && letter.getOriginalValue().equals(ByteBuffer.wrap(original)))
                .map(DeadLetter::getReason)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no dead letter carries the original bytes"));
    }

    private static List<DeadLetter> readDeadLetters(TestKafka kafka, SinkHarness harness, int expected) {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, kafka.uniqueName("dl-reader"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<byte[], DeadLetter> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                harness.topics().deadLetters().valueSerde().deserializer())) {
            consumer.subscribe(List.of(harness.topics().deadLetters().name()));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (letters.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], DeadLetter> record : consumer.poll(Duration.ofMillis(500))) {
                    letters.add(record.value());
                }
            }
        }
        return letters;
    }
}
