package io.reanimator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reanimator.avro.LogBundle;
import io.reanimator.embedded.junit.TestKafka;
import io.reanimator.embedded.junit.WithKafka;
import io.reanimator.logbundle.write.BundleWriter;
import io.reanimator.schemas.serde.AvroSerdeFactory;
import io.reanimator.schemas.topic.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithKafka
class IngestGatewayIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DMIDECODE = "# dmidecode 3.3\nHandle 0x0001, DMI type 1, 27 bytes\nSystem Information\n";

    @TempDir
    Path dataDir;

    private final TestKafka kafka;
    private GatewayConfig config;
    private Topics topics;
    private RunningGateway gateway;

    IngestGatewayIT(TestKafka kafka) {
        this.kafka = kafka;
    }

    @BeforeEach
    void startGateway() {
        config = RunningGateway.config(kafka.bootstrapServers(), kafka.registryUrl(),
                kafka.uniqueName("gw") + ".", dataDir, 64L * 1024 * 1024);
        topics = Topics.create(config.topics(), new AvroSerdeFactory(config.serdes()));
        kafka.createTopics(topics.specs().stream().map(s -> s.newTopic()).toList());
        gateway = RunningGateway.start(config);
    }

    @AfterEach
    void stopGateway() {
        gateway.close();
    }

    @Test
    void shouldPublishOnceAndKeepTheExactBytesWhenTheSameBundleIsUploadedTwice() throws Exception {
        byte[] bundle = bundle("CZJ0000001");

        HttpResponse<String> first = gateway.upload(bundle, "application/gzip");
        HttpResponse<String> second = gateway.upload(bundle, "application/gzip");

        assertThat(first.statusCode()).isEqualTo(202);
        JsonNode accepted = JSON.readTree(first.body());
        assertThat(accepted.get("status").asText()).isEqualTo("accepted");
        assertThat(accepted.get("sha256").asText()).isEqualTo(sha256(bundle)).isEqualTo(accepted.get("bundleId").asText());
        assertThat(second.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(second.body()).get("status").asText()).isEqualTo("duplicate");
        assertThat(JSON.readTree(second.body()).get("receivedAt").asText()).isEqualTo(accepted.get("receivedAt").asText());

        List<ConsumerRecord<String, LogBundle>> published = consumeBundles(1);
        assertThat(published).hasSize(1);
        LogBundle record = published.get(0).value();
        assertThat(published.get(0).key()).isEqualTo(sha256(bundle));
        assertThat(record.getCollectedAt()).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
        assertThat(record.getManifest().getAssetSerial()).isEqualTo("CZJ0000001");
        assertThat(record.getManifest().getFiles()).extracting(f -> f.getKind()).containsExactly("dmidecode");
        assertThat(record.getUploadedBy()).isEqualTo("site-ams");

        HttpResponse<byte[]> raw = gateway.getBytes("/ingest/logbundles/" + sha256(bundle) + "/raw");
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.body()).isEqualTo(bundle);
        JsonNode metadata = JSON.readTree(gateway.get("/ingest/logbundles/" + sha256(bundle)).body());
        assertThat(metadata.get("collectedAt").asText()).isEqualTo("2026-03-01T12:00:00Z");
        assertThat(metadata.get("status").asText()).isEqualTo("published");
    }

    @Test
    void shouldPublishOnceWhenOneHundredIdenticalUploadsArriveTogether() throws Exception {
        byte[] bundle = bundle("CZJ0000100");
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                Callable<HttpResponse<String>> upload = () -> gateway.upload(bundle, "application/gzip");
                answers.add(pool.submit(upload));
            }
            List<String> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).isEqualTo(202);
                statuses.add(JSON.readTree(response.body()).get("status").asText());
            }
            assertThat(statuses).filteredOn("accepted"::equals).hasSize(1);
            assertThat(statuses).filteredOn("duplicate"::equals).hasSize(99);
        } finally {
            pool.shutdownNow();
        }
        assertThat(consumeBundles(2)).hasSize(1);
    }

    @Test
    void shouldAnswerDuplicateWhenABundleIsResentAfterAGatewayRestart() throws Exception {
        byte[] bundle = bundle("CZJ0000200");
        assertThat(JSON.readTree(gateway.upload(bundle, null).body()).get("status").asText()).isEqualTo("accepted");

        gateway.close();
        gateway = RunningGateway.start(config);

        HttpResponse<String> resend = gateway.upload(bundle, null);
        assertThat(resend.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(resend.body()).get("status").asText()).isEqualTo("duplicate");
        assertThat(consumeBundles(2)).hasSize(1);
    }

    @Test
    void shouldRefuseWritesWhenTheTokenIsMissingOrWrong() throws Exception {
        byte[] bundle = bundle("CZJ0000300");
        HttpResponse<String> missing = gateway.post("/ingest/logbundle", bundle, "application/gzip", null);
        HttpResponse<String> wrong = gateway.post("/ingest/logbundle", bundle, "application/gzip", "nope");

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.body()).contains("bearer token is required");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("not valid");
        assertThat(consumeBundles(0)).isEmpty();
    }

    @Test
    void shouldAnswerClearClientErrorsWhenTheBodyIsNotAGoodBundle() throws Exception {
        assertError(gateway.upload(new byte[0], "application/gzip"), 400, "empty");
        assertError(gateway.upload("hello".getBytes(StandardCharsets.UTF_8), "application/gzip"), 400, "not_an_archive");
        byte[] bundle = bundle("CZJ0000400");
        byte[] truncated = java.util.Arrays.copyOf(bundle, bundle.length / 2);
        assertError(gateway.upload(truncated, "application/gzip"), 400, "corrupt_archive");
        assertError(gateway.upload(bundle, "text/plain"), 415, "unsupported_media_type");
        byte[] badManifest = BundleWriter.withoutManifest(Instant.parse("2026-03-01T12:00:00Z"))
                .file("manifest.json", null, "{\"collected_at\": \"last tuesday\"}")
                .file("dmidecode.txt", null, DMIDECODE)
                .tarGz();
        HttpResponse<String> invalid = gateway.upload(badManifest, "application/gzip");
        assertError(invalid, 400, "invalid_manifest");
        assertThat(JSON.readTree(invalid.body()).get("problems")).hasSize(2);
        assertThat(consumeBundles(0)).isEmpty();
    }

    @Test
    void shouldAnswer413WhenTheBundleIsLargerThanTheMaximum() throws Exception {
        gateway.close();
        gateway = RunningGateway.start(RunningGateway.config(kafka.bootstrapServers(), kafka.registryUrl(),
                config.topics().namePrefix(), dataDir, 1024 * 1024));
        byte[] big = BundleWriter.collectedAt(Instant.parse("2026-03-01T12:00:00Z"))
                .file("random.bin", "log", randomBytes(2 * 1024 * 1024))
                .tar();
        assertError(gateway.upload(big, "application/x-tar"), 413, "too_large");
    }

    @Test
    void shouldAnswer503AndKeepNothingPublishedWhenTheBrokerIsUnreachable() throws Exception {
        gateway.close();
        GatewayConfig unreachable = RunningGateway.config("127.0.0.1:1", kafka.registryUrl(),
                config.topics().namePrefix(), dataDir, 64L * 1024 * 1024);
        gateway = RunningGateway.start(unreachable);
        byte[] bundle = bundle("CZJ0000500");

        HttpResponse<String> answer = gateway.upload(bundle, "application/gzip");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(gateway.get("/ingest/logbundles/" + sha256(bundle)).statusCode()).isEqualTo(404);
    }

    private static void assertError(HttpResponse<String> response, int status, String error) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("error").asText()).contains(error);
        assertThat(body.get("message").asText()).isNotBlank();
    }

    private static byte[] bundle(String serial) {
        return BundleWriter.collectedAt(Instant.parse("2026-03-01T12:00:00Z"))
                .site("ams-dc1")
                .asset(serial, "node17", null)
                .file("dmidecode.txt", "dmidecode", DMIDECODE.replace("System", "System " + serial))
                .tarGz();
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new java.util.Random(42).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Reads the bundles topic until {@code atLeast} records or a quiet period, to also catch unexpected extras. */
    private List<ConsumerRecord<String, LogBundle>> consumeBundles(int atLeast) {
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, kafka.uniqueName("check"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, LogBundle>> records = new ArrayList<>();
        try (KafkaConsumer<String, LogBundle> consumer = new KafkaConsumer<>(props,
                topics.bundles().keySerde().deserializer(), topics.bundles().valueSerde().deserializer())) {
            consumer.subscribe(Set.of(topics.bundles().name()));
            long deadline = System.currentTimeMillis() + 15_000;
            long quietUntil = System.currentTimeMillis() + 3_000;
            while (System.currentTimeMillis() < deadline
                    && (records.size() < atLeast || System.currentTimeMillis() < quietUntil)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
