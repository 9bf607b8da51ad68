package io.reanimator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reanimator.embedded.junit.TestKafka;
import io.reanimator.embedded.junit.WithKafka;
import io.reanimator.gateway.batch.BatchLimits;
import io.reanimator.gateway.batch.MultipartBodies;
import io.reanimator.logbundle.write.BundleWriter;
import io.reanimator.schemas.serde.AvroSerdeFactory;
import io.reanimator.schemas.topic.Topics;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithKafka
class BatchIngestIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MULTIPART = MultipartBodies.contentType();

    @TempDir
    Path dataDir;

    private final TestKafka kafka;
    private GatewayConfig config;
    private Topics topics;
    private RunningGateway gateway;

    BatchIngestIT(TestKafka kafka) {
        this.kafka = kafka;
    }

    @BeforeEach
    void startGateway() {
        config = RunningGateway.config(kafka.bootstrapServers(), kafka.registryUrl(),
                kafka.uniqueName("batch") + ".", dataDir, 64L * 1024 * 1024);
        topics = Topics.create(config.topics(), new AvroSerdeFactory(config.serdes()));
        kafka.createTopics(topics.specs().stream().map(s -> s.newTopic()).toList());
        gateway = RunningGateway.start(config);
    }

    @AfterEach
    void stopGateway() {
        gateway.close();
    }

    @Test
    void shouldDecideEveryItemInOrderWhenAMultipartBatchMixesGoodDuplicateAndCorruptBundles() throws Exception {
        // given: one bundle uploaded alone before, and a batch holding it again, a new one twice, and a corrupt one
        byte[] earlier = bundle("CZJ1000001");
        byte[] fresh = bundle("CZJ1000002");
        byte[] corrupt = Arrays.copyOf(bundle("CZJ1000003"), 120);
        assertThat(gateway.upload(earlier, "application/gzip").statusCode()).isEqualTo(202);
        byte[] batch = MultipartBodies.create()
                .file("bundle", "fresh.tar.gz", fresh)
                .file("bundle", "earlier.tar.gz", earlier)
                .file("bundle", "corrupt.tar.gz", corrupt)
                .file("bundle", "fresh-again.tar.gz", fresh)
                .file("bundle", "text.txt", "not a bundle".getBytes(StandardCharsets.UTF_8))
                .build();

        // when
        HttpResponse<String> response = gateway.postBatch(batch, MULTIPART);

        // then
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(statuses(body)).containsExactly("accepted", "duplicate", "rejected", "duplicate", "rejected");
        JsonNode items = body.get("items");
        assertThat(items.get(0).get("index").asInt()).isZero();
        assertThat(items.get(0).get("name").asText()).isEqualTo("fresh.tar.gz");
        assertThat(items.get(0).get("sha256").asText()).isEqualTo(sha256(fresh))
                .isEqualTo(items.get(0).get("bundleId").asText());
        assertThat(items.get(1).get("sha256").asText()).isEqualTo(sha256(earlier));
        assertThat(items.get(2).get("reason").asText()).isEqualTo("corrupt_archive");
        assertThat(items.get(2).get("sha256").asText()).isEqualTo(sha256(corrupt));
        assertThat(items.get(2).has("bundleId")).isFalse();
        assertThat(items.get(4).get("reason").asText()).isEqualTo("not_an_archive");
        assertThat(body.get("accepted").asInt()).isEqualTo(1);
        assertThat(body.get("duplicate").asInt()).isEqualTo(2);
        assertThat(body.get("rejected").asInt()).isEqualTo(2);
        assertThat(body.get("complete").asBoolean()).isTrue();
        assertThat(PublishedBundles.keys(kafka, topics, 2)).containsExactlyInAnyOrder(sha256(earlier), sha256(fresh));
        assertThat(gateway.getBytes("/ingest/logbundles/" + sha256(fresh) + "/raw").body()).isEqualTo(fresh);
        assertThat(gateway.get("/metrics").body())
                .contains("reanimator_ingest_batch_items_total{reason=\"corrupt_archive\",status=\"rejected\"} 1.0")
                .contains("reanimator_ingest_batch_items_total{reason=\"none\",status=\"accepted\"} 1.0");
    }

    @Test
    void shouldTakeEveryRegularEntryAsABundleWhenTheBatchIsATarOfBundles() throws Exception {
        byte[] one = bundle("CZJ2000001");
        byte[] two = bundle("CZJ2000002");
        byte[] three = bundle("CZJ2000003");
        byte[] tar = tarOf(Map.of("site/", new byte[0]), List.of(
                Map.entry("site/one.tar.gz", one), Map.entry("site/two.tar.gz", two),
                Map.entry("site/three.tar.gz", three)));

        HttpResponse<String> response = gateway.postBatch(tar, "application/x-tar");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(statuses(body)).containsExactly("accepted", "accepted", "accepted");
        assertThat(body.get("items").findValuesAsText("name"))
                .containsExactly("site/one.tar.gz", "site/two.tar.gz", "site/three.tar.gz");
        assertThat(body.get("items").findValuesAsText("sha256")).containsExactly(sha256(one), sha256(two), sha256(three));
        assertThat(PublishedBundles.keys(kafka, topics, 3)).hasSize(3);
    }

    @Test
    void shouldAnswerDuplicateForEveryPublishedItemWhenABatchIsResent() throws Exception {
        byte[] a = bundle("CZJ3000001");
        byte[] b = bundle("CZJ3000002");
        byte[] batch = MultipartBodies.create().file("bundle", "a", a).file("bundle", "bad", new byte[] {1, 2, 3})
                .file("bundle", "b", b).build();
        assertThat(statuses(JSON.readTree(gateway.postBatch(batch, MULTIPART).body())))
                .containsExactly("accepted", "rejected", "accepted");

        // when: the client lost the answer (dropped connection) and sends the same batch again, to a restarted gateway
        gateway.close();
        gateway = RunningGateway.start(config);
        HttpResponse<String> resent = gateway.postBatch(batch, MULTIPART);

        // then
        assertThat(resent.statusCode()).isEqualTo(200);
        assertThat(statuses(JSON.readTree(resent.body()))).containsExactly("duplicate", "rejected", "duplicate");
        assertThat(PublishedBundles.keys(kafka, topics, 2)).hasSize(2);
    }

    @Test
    void shouldStopWith413AndReportTheDecidedItemsWhenABatchHoldsTooManyItems() throws Exception {
        gateway.close();
        gateway = RunningGateway.start(withBatchLimits(new BatchLimits(2, 8L * 1024 * 1024)));
        byte[] batch = MultipartBodies.create().file("bundle", "1", bundle("CZJ4000001"))
                .file("bundle", "2", bundle("CZJ4000002")).file("bundle", "3", bundle("CZJ4000003")).build();

        HttpResponse<String> response = gateway.postBatch(batch, MULTIPART);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        JsonNode body = JSON.readTree(response.body());
        assertThat(statuses(body)).containsExactly("accepted", "accepted");
        assertThat(body.get("complete").asBoolean()).isFalse();
        assertThat(body.get("error").get("error").asText()).isEqualTo("batch_too_large");
        assertThat(body.get("error").get("message").asText()).contains("more than 2 items");
    }

    @Test
    void shouldStopWith413WhenAStreamedBatchGrowsPastTheByteLimit() throws Exception {
        gateway.close();
        gateway = RunningGateway.start(withBatchLimits(new BatchLimits(100, 1024 * 1024)));
        byte[] first = bundle("CZJ4100001");
        byte[] head = MultipartBodies.create().file("bundle", "1", first).file("bundle", "2", bundle("CZJ4100002"))
                .build();
        byte[] partHeader = ("--" + MultipartBodies.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"bundle\";"
                + " filename=\"big\"\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        // The closing delimiter of `head` is cut off, and a 4 MB part follows: more than the 1 MiB batch limit.
        byte[] open = Arrays.copyOf(head, head.length - (MultipartBodies.BOUNDARY.length() + 6));
        HttpResponse<String> response = gateway.postStreaming("/ingest/batch", () -> new SequenceInputStream(
                Collections.enumeration(List.of(new ByteArrayInputStream(open), new ByteArrayInputStream(partHeader),
                        InputStream.nullInputStream(), new ByteArrayInputStream(new byte[4 * 1024 * 1024])))),
                MULTIPART);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        JsonNode body = JSON.readTree(response.body());
        assertThat(statuses(body)).containsExactly("accepted", "accepted");
        assertThat(body.get("error").get("message").asText()).contains("larger than 1048576 bytes");
    }

    @Test
    void shouldAnswer413BeforeReadingTheBodyWhenTheDeclaredLengthIsOverTheLimit() throws Exception {
        String status = gateway.statusBeforeBody("/ingest/batch", "application/x-tar", 3L * 1024 * 1024 * 1024);

        assertThat(status).startsWith("HTTP/1.1 413");
    }

    @Test
    void shouldRefuseBatchesWithoutAValidTokenOrWithTheWrongContentType() throws Exception {
        byte[] batch = MultipartBodies.create().file("bundle", "1", bundle("CZJ5000001")).build();

        HttpResponse<String> noToken = gateway.post("/ingest/batch", batch, MULTIPART, null);
        HttpResponse<String> badToken = gateway.post("/ingest/batch", batch, MULTIPART, "guess");
        HttpResponse<String> json = gateway.postBatch("{}".getBytes(StandardCharsets.UTF_8), "application/json");
        HttpResponse<String> gzip = gateway.postBatch(bundle("CZJ5000002"), "application/gzip");
        HttpResponse<String> noBoundary = gateway.postBatch(batch, "multipart/form-data");
        HttpResponse<String> notMultipart = gateway.postBatch("hello".getBytes(StandardCharsets.UTF_8), MULTIPART);
        HttpResponse<String> empty = gateway.postBatch(new byte[0], "application/x-tar");

        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(badToken.statusCode()).isEqualTo(401);
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(json.body()).get("error").asText()).isEqualTo("unsupported_media_type");
        assertThat(gzip.statusCode()).isEqualTo(415);
        assertThat(noBoundary.statusCode()).isEqualTo(400);
        assertThat(notMultipart.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notMultipart.body()).get("error").get("error").asText()).isEqualTo("malformed_batch");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(PublishedBundles.keys(kafka, topics, 0)).isEmpty();
    }

    @Test
    void shouldAnswer503WithNothingPublishedWhenTheBrokerIsDownBeforeTheFirstItem() throws Exception {
        gateway.close();
        gateway = RunningGateway.start(RunningGateway.config("127.0.0.1:1", kafka.registryUrl(),
                config.topics().namePrefix(), dataDir, 64L * 1024 * 1024));
        byte[] bundle = bundle("CZJ6000001");

        HttpResponse<String> response = gateway.postBatch(MultipartBodies.create().file("b", "1", bundle).build(),
                MULTIPART);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(gateway.get("/ingest/logbundles/" + sha256(bundle)).statusCode()).isEqualTo(404);
    }

    @Test
    void shouldMarkLaterItemsForRetryWhenTheBrokerStopsAcknowledgingMidway() throws Exception {
        // given: a batch whose second item arrives only after the first is published and the bundles topic is gone
        // (the broker answers every write to it with an error until the gateway gives up waiting for an ack)
        byte[] first = bundle("CZJ7000001");
        byte[] second = bundle("CZJ7000002");
        // The head ends with the delimiter line after the first part (so the gateway knows the part ended); the
        // tail holds the next parts' headers and bodies.
        byte[] whole = MultipartBodies.create().file("bundle", "first", first).file("bundle", "second", second)
                .file("bundle", "first-again", first).build();
        byte[] onlyFirst = MultipartBodies.create().file("bundle", "first", first).build();
        int split = onlyFirst.length - 2;
        byte[] head = Arrays.copyOf(whole, split);
        byte[] tail = Arrays.copyOfRange(whole, split, whole.length);
        HttpResponse<String> response;
        try (SubmissionPublisher<ByteBuffer> body = new SubmissionPublisher<>()) {
            CompletableFuture<HttpResponse<String>> answer = gateway.postAsync("/ingest/batch", body, MULTIPART);
            while (body.getNumberOfSubscribers() == 0) {
                Thread.sleep(10); // a SubmissionPublisher hands items only to subscribers it already has
            }
            body.submit(ByteBuffer.wrap(head));
            awaitPublished(sha256(first));
            deleteBundlesTopic();
            body.submit(ByteBuffer.wrap(tail));
            body.close();
            response = answer.get(120, TimeUnit.SECONDS);
        } finally {
            kafka.createTopics(List.of(topics.bundles().spec().newTopic()));
        }

        // then: the first is accepted, the second must be resent, the third is a duplicate of the first
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        JsonNode body = JSON.readTree(response.body());
        assertThat(statuses(body)).containsExactly("accepted", "rejected", "duplicate");
        JsonNode retried = body.get("items").get(1);
        assertThat(retried.get("reason").asText()).isEqualTo("broker_unavailable");
        assertThat(retried.get("retry").asBoolean()).isTrue();
        assertThat(retried.get("sha256").asText()).isEqualTo(sha256(second));
        assertThat(gateway.get("/ingest/logbundles/" + sha256(second)).statusCode()).isEqualTo(404);

        // when the topic is back, the whole batch is resent: only the second is new
        assertThat(statuses(JSON.readTree(gateway.postBatch(whole, MULTIPART).body())))
                .containsExactly("duplicate", "accepted", "duplicate");
        assertThat(PublishedBundles.keys(kafka, topics, 1)).containsExactly(sha256(second));
    }

    private GatewayConfig withBatchLimits(BatchLimits limits) {
        return new GatewayConfig(config.bootstrapServers(), config.serdes(), config.topics(), config.rawStoreDir(),
                config.spoolDir(), config.maxBundleBytes(), config.apiTokens(), limits);
    }

    private void awaitPublished(String sha) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (gateway.get("/ingest/logbundles/" + sha).statusCode() == 200) {
                    return;
                }
                Thread.sleep(50);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the first item was never published");
    }

    private void deleteBundlesTopic() {
        try (Admin admin = kafka.admin()) {
            admin.deleteTopics(List.of(topics.bundles().name())).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not delete the bundles topic", e);
        }
    }

    private static List<String> statuses(JsonNode body) {
        return body.get("items").findValuesAsText("status");
    }

    private static byte[] bundle(String serial) {
        return BundleWriter.collectedAt(Instant.parse("2026-03-01T12:00:00Z"))
                .site("ams-dc1")
                .asset(serial, "node-" + serial, null)
                .file("dmidecode.txt", "dmidecode", "# dmidecode 3.3\nSystem Information\n\tSerial Number: " + serial + "\n")
                .tarGz();
    }

    private static byte[] tarOf(Map<String, byte[]> directories, List<Map.Entry<String, byte[]>> files)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            for (String dir : directories.keySet()) {
                tar.putArchiveEntry(new TarArchiveEntry(dir));
                tar.closeArchiveEntry();
            }
            for (Map.Entry<String, byte[]> file : files) {
                TarArchiveEntry entry = new TarArchiveEntry(file.getKey());
                entry.setSize(file.getValue().length);
                tar.putArchiveEntry(entry);
                tar.write(file.getValue());
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
