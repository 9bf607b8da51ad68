package io.reanimator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.reanimator.embedded.junit.TestKafka;
import io.reanimator.embedded.junit.WithKafka;
import io.reanimator.logbundle.rawstore.FileSystemRawBundleStore;
import io.reanimator.logbundle.write.BundleWriter;
import io.reanimator.schemas.serde.AvroSerdeFactory;
import io.reanimator.schemas.topic.Topics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a crash can leave behind, and what a resend is answered then. The raw bytes are forced before the reference
 * is published; the published marker is not forced (it only speeds up "duplicate" answers), so a crash may lose it
 * or, on some file systems, leave it empty. Either way the resend must be accepted and published again (the
 * parser drops the repeat by digest), and the raw bytes must stay exact.
 */
@WithKafka
class IngestCrashRecoveryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DMIDECODE = "# dmidecode 3.3\nHandle 0x0001, DMI type 1, 27 bytes\nSystem Information\n";

    @TempDir
    Path dataDir;

    private final TestKafka kafka;
    private GatewayConfig config;
    private Topics topics;
    private RunningGateway gateway;

    IngestCrashRecoveryIT(TestKafka kafka) {
        this.kafka = kafka;
    }

    @BeforeEach
    void startGateway() {
        config = RunningGateway.config(kafka.bootstrapServers(), kafka.registryUrl(),
                kafka.uniqueName("crash") + ".", dataDir, 64L * 1024 * 1024);
        topics = Topics.create(config.topics(), new AvroSerdeFactory(config.serdes()));
        kafka.createTopics(topics.specs().stream().map(s -> s.newTopic()).toList());
        gateway = RunningGateway.start(config);
    }

    @AfterEach
    void stopGateway() {
        gateway.close();
    }

    @Test
    void shouldPublishAgainAndThenAnswerDuplicateWhenACrashLostThePublishedMarker() throws Exception {
        // given: a bundle accepted, then a crash that lost its (unforced) published marker
        byte[] bundle = bundle("CZJ0000900");
        assertThat(status(gateway.upload(bundle, "application/x-tar"))).isEqualTo("accepted");
        gateway.close();
        Files.delete(marker(sha256(bundle)));
        gateway = RunningGateway.start(config);

        // when
        HttpResponse<String> resend = gateway.upload(bundle, "application/x-tar");
        HttpResponse<String> third = gateway.upload(bundle, "application/x-tar");

        // then: published again (same key, deduplicated downstream), the marker is back, the bytes are exact
        assertThat(resend.statusCode()).isEqualTo(202);
        assertThat(status(resend)).isEqualTo("accepted");
        assertThat(status(third)).isEqualTo("duplicate");
        assertThat(PublishedBundles.keys(kafka, topics, 2)).containsExactly(sha256(bundle), sha256(bundle));
        assertThat(gateway.getBytes("/ingest/logbundles/" + sha256(bundle) + "/raw").body()).isEqualTo(bundle);
    }

    @Test
    void shouldTreatAnEmptyMarkerLeftByACrashAsNotPublished() throws Exception {
        // given: a crash left the marker's name but not its data
        byte[] bundle = bundle("CZJ0000901");
        assertThat(status(gateway.upload(bundle, "application/x-tar"))).isEqualTo("accepted");
        gateway.close();
        Files.write(marker(sha256(bundle)), new byte[0]);
        gateway = RunningGateway.start(config);
        assertThat(gateway.get("/ingest/logbundles/" + sha256(bundle)).statusCode()).isEqualTo(404);

        // when
        HttpResponse<String> resend = gateway.upload(bundle, "application/x-tar");

        // then: accepted and published again, and the metadata readable again
        assertThat(status(resend)).isEqualTo("accepted");
        assertThat(Files.size(marker(sha256(bundle)))).isPositive();
        HttpResponse<String> metadata = gateway.get("/ingest/logbundles/" + sha256(bundle));
        assertThat(metadata.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(metadata.body()).get("status").asText()).isEqualTo("published");
        assertThat(status(gateway.upload(bundle, "application/x-tar"))).isEqualTo("duplicate");
        assertThat(PublishedBundles.keys(kafka, topics, 2)).hasSize(2);
    }

    @Test
    void shouldPublishOnceWhenRawBytesWereStoredButNeverPublished() throws Exception {
        // given: the raw bytes reached the store, the broker never acknowledged (the state a crash between the
        // raw write and the publication leaves)
        gateway.close();
        gateway = RunningGateway.start(RunningGateway.config("127.0.0.1:1", kafka.registryUrl(),
                config.topics().namePrefix(), dataDir, 64L * 1024 * 1024));
        byte[] bundle = bundle("CZJ0000902");
        assertThat(gateway.upload(bundle, "application/x-tar").statusCode()).isEqualTo(503);
        assertThat(new FileSystemRawBundleStore(config.rawStoreDir()).contains(sha256(bundle))).isTrue();
        gateway.close();
        gateway = RunningGateway.start(config);

        // when
        HttpResponse<String> resend = gateway.upload(bundle, "application/x-tar");

        // then
        assertThat(status(resend)).isEqualTo("accepted");
        assertThat(PublishedBundles.keys(kafka, topics, 1)).containsExactly(sha256(bundle));
        assertThat(gateway.getBytes("/ingest/logbundles/" + sha256(bundle) + "/raw").body()).isEqualTo(bundle);
    }

    @Test
    void shouldLeaveNoSpoolFilesWhenBundlesAreMovedIntoTheStore() throws Exception {
        List<byte[]> bundles = List.of(bundle("CZJ0000903"), bundle("CZJ0000904"));
        for (byte[] bundle : bundles) {
            assertThat(status(gateway.upload(bundle, "application/x-tar"))).isEqualTo("accepted");
            assertThat(status(gateway.upload(bundle, "application/x-tar"))).isEqualTo("duplicate");
        }

        try (var spooled = Files.list(config.spoolDir())) {
            assertThat(spooled).isEmpty();
        }
        for (byte[] bundle : bundles) {
            assertThat(gateway.getBytes("/ingest/logbundles/" + sha256(bundle) + "/raw").body()).isEqualTo(bundle);
        }
    }

    private Path marker(String sha) throws Exception {
        Path bundleFile = new FileSystemRawBundleStore(config.rawStoreDir()).pathOf(sha);
        return bundleFile.resolveSibling(sha + ".published.json");
    }

    private static String status(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).get("status").asText();
    }

    private static byte[] bundle(String serial) {
        return BundleWriter.collectedAt(Instant.parse("2026-03-01T12:00:00Z"))
                .site("ams-dc1")
                .asset(serial, "node17", null)
                .file("dmidecode.txt", "dmidecode", DMIDECODE.replace("System", "System " + serial))
                .tar();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
