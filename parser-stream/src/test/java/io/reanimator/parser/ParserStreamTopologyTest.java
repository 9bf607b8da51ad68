package io.reanimator.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.reanimator.avro.DeadLetter;
import io.reanimator.avro.LogBundle;
import io.reanimator.avro.Observation;
import io.reanimator.embedded.junit.TestKafka;
import io.reanimator.embedded.junit.WithKafka;
import io.reanimator.logbundle.write.BundleWriter;
import io.reanimator.parser.stream.ParseBundleProcessorSupplier;
import io.reanimator.parser.support.Corpus;
import io.reanimator.parser.support.TestBundles;
import io.reanimator.schemas.serde.AvroSerdeFactory;
import io.reanimator.schemas.topic.Topics;
import io.reanimator.schemas.topic.TopicsConfig;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WithKafka
class ParserStreamTopologyTest {

    private static final Instant COLLECTED = Instant.parse("2026-03-01T12:00:00Z");

    private final TestKafka kafka;
    private final TestBundles bundles = TestBundles.under("topology");
    private TopologyTestDriver driver;
    private Topics topics;
    private TestInputTopic<String, LogBundle> input;
    private TestInputTopic<byte[], byte[]> rawInput;
    private TestOutputTopic<String, Observation> observations;
    private TestOutputTopic<byte[], DeadLetter> deadLetters;

    ParserStreamTopologyTest(TestKafka kafka) {
        this.kafka = kafka;
    }

    static ParserStreamConfig config(TestKafka kafka, Path rawStore, String prefix) {
        return new ParserStreamConfig("localhost:9", kafka.registryUrl(), true, rawStore,
                Path.of("target", "streams-state", prefix).toAbsolutePath(), prefix + "-parser", 1,
                new TopicsConfig(prefix + ".", 1, (short) 1), Map.of());
    }

    @BeforeEach
    void startDriver() {
        startDriver(false);
    }

    /**
     * @param atLeastOnce the driver's exactly-once emulation drops the records a deserialization handler returns
     *                    for the dead-letter topic; with at-least-once it routes them like a real task does
     */
    private void startDriver(boolean atLeastOnce) {
        ParserStreamConfig config = config(kafka, bundles.root(), kafka.uniqueName("ttd"));
        topics = Topics.create(config.topics(), new AvroSerdeFactory(config.serdeSettings()));
        java.util.Properties props = ParserStreamService.properties(config, topics);
        if (atLeastOnce) {
            props.put(org.apache.kafka.streams.StreamsConfig.PROCESSING_GUARANTEE_CONFIG,
                    org.apache.kafka.streams.StreamsConfig.AT_LEAST_ONCE);
        }
        driver = new TopologyTestDriver(ParserStreamTopology.build(config, topics), props);
        input = driver.createInputTopic(topics.bundles().name(), topics.bundles().keySerde().serializer(),
                topics.bundles().valueSerde().serializer());
        rawInput = driver.createInputTopic(topics.bundles().name(), new ByteArraySerializer(),
                new ByteArraySerializer());
        observations = driver.createOutputTopic(topics.observations().name(),
                topics.observations().keySerde().deserializer(), topics.observations().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(topics.deadLetters().name(),
                topics.deadLetters().keySerde().deserializer(), topics.deadLetters().valueSerde().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldPublishOneObservationPerBundleKeyedByAssetWhenBundlesArrive() {
        // given
        LogBundle dell = bundles.publish(dmidecodeBundle("glpi-agent__dell-r640.txt"));
        LogBundle oracle = bundles.publish(dmidecodeBundle("glpi-agent__oracle-server-x5-2.txt"));

        // when
        input.pipeInput(dell.getSha256(), dell, COLLECTED);
        input.pipeInput(oracle.getSha256(), oracle, COLLECTED);

        // then
        List<org.apache.kafka.streams.KeyValue<String, Observation>> out = observations.readKeyValuesToList();
        assertThat(out).extracting(kv -> kv.key).containsExactly("dell|2rjf153", "oracle|1634nm1107");
        assertThat(out.get(0).value.getBundleId()).isEqualTo(dell.getBundleId());
        assertThat(out.get(0).value.getComponents()).isNotEmpty();
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void shouldIgnoreABundleSeenBeforeWhenItArrivesAgain() {
        LogBundle dell = bundles.publish(dmidecodeBundle("glpi-agent__dell-r640.txt"));

        input.pipeInput(dell.getSha256(), dell, COLLECTED);
        input.pipeInput(dell.getSha256(), dell, COLLECTED.plusSeconds(60));

        assertThat(observations.readValuesToList()).hasSize(1);
        KeyValueStore<String, Long> seen = driver.getKeyValueStore(ParseBundleProcessorSupplier.SEEN_BUNDLES_STORE);
        assertThat(seen.get(dell.getSha256())).isEqualTo(COLLECTED.toEpochMilli());
    }

    @Test
    void shouldDeadLetterABundleThatYieldsNothingAndGoOn() {
        LogBundle empty = bundles.publish(BundleWriter.collectedAt(COLLECTED)
                .file("dmidecode.txt", "dmidecode", "nothing to see").tarGz());
        LogBundle dell = bundles.publish(dmidecodeBundle("glpi-agent__dell-r640.txt"));

        input.pipeInput(empty.getSha256(), empty, COLLECTED);
        input.pipeInput(dell.getSha256(), dell, COLLECTED);

        DeadLetter deadLetter = deadLetters.readValue();
        assertThat(deadLetter.getReason()).contains("no file yielded");
        assertThat(deadLetter.getBundleId()).isEqualTo(empty.getBundleId());
        assertThat(deadLetter.getSourceTopic()).isEqualTo(topics.bundles().name());
        assertThat(deadLetter.getSourceOffset()).isEqualTo(0L);
        assertThat(new String(bytes(deadLetter.getOriginalKey()), StandardCharsets.UTF_8)).isEqualTo(empty.getSha256());
        assertThat(deadLetter.getOriginalValue()).isNotNull();
        assertThat(observations.readValuesToList()).hasSize(1);
    }

    /** Under exactly-once the same path is shown by {@code ParserStreamIT} on a real broker. */
    @Test
    void shouldDeadLetterPoisonBytesWithTheirCoordinatesAndGoOn() {
        driver.close();
        startDriver(true);
        byte[] poison = "definitely not avro".getBytes(StandardCharsets.UTF_8);
        LogBundle dell = bundles.publish(dmidecodeBundle("glpi-agent__dell-r640.txt"));

        rawInput.pipeInput("k1".getBytes(StandardCharsets.UTF_8), poison, COLLECTED);
        input.pipeInput(dell.getSha256(), dell, COLLECTED);

        DeadLetter deadLetter = deadLetters.readValue();
        assertThat(deadLetter.getReason()).startsWith("undeserializable record");
        assertThat(bytes(deadLetter.getOriginalValue())).isEqualTo(poison);
        assertThat(bytes(deadLetter.getOriginalKey())).isEqualTo("k1".getBytes(StandardCharsets.UTF_8));
        assertThat(deadLetter.getSourceTopic()).isEqualTo(topics.bundles().name());
        assertThat(deadLetter.getSourcePartition()).isEqualTo(0);
        assertThat(deadLetter.getSourceOffset()).isEqualTo(0L);
        assertThat(deadLetter.getStage()).isEqualTo("parser-stream");
        assertThat(observations.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("dell|2rjf153");
    }

    @Test
    void shouldDeadLetterWhenProcessingFailsUnexpectedlyAndGoOn() {
        LogBundle broken = LogBundle.newBuilder(TestBundles.missing("cd".repeat(32)))
                .setSha256("not-a-digest").setRawLocation("s3://elsewhere/x").build();
        LogBundle dell = bundles.publish(dmidecodeBundle("glpi-agent__dell-r640.txt"));

        input.pipeInput("not-a-digest", broken, COLLECTED);
        input.pipeInput(dell.getSha256(), dell, COLLECTED);

        DeadLetter deadLetter = deadLetters.readValue();
        assertThat(deadLetter.getReason()).startsWith("processing failed");
        assertThat(deadLetter.getErrorClass()).isEqualTo(IllegalArgumentException.class.getName());
        assertThat(deadLetter.getOriginalValue()).isNotNull();
        assertThat(observations.readValuesToList()).hasSize(1);
    }

    @Test
    void shouldMatchTheCheckedInTopologyDescription() throws Exception {
        ParserStreamConfig config = config(kafka, bundles.root(), "snapshot");
        Topology topology = ParserStreamTopology.build(config,
                Topics.create(config.topics(), new AvroSerdeFactory(config.serdeSettings())));

        String expected = Files.readString(Path.of("src/test/resources/topology/parser-stream.txt"));
        String actual = topology.describe().toString().strip();
        // On a deliberate change, copy target/topology/parser-stream.txt over the checked-in snapshot.
        Files.createDirectories(Path.of("target", "topology"));
        Files.writeString(Path.of("target", "topology", "parser-stream.txt"), actual + "\n");

        assertThat(actual).isEqualTo(expected.strip());
    }

    private static byte[] dmidecodeBundle(String file) {
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
