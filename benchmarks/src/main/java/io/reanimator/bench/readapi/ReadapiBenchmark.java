package io.reanimator.bench.readapi;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.reanimator.embedded.kafka.EmbeddedKafkaBroker;
import io.reanimator.embedded.mariadb.EmbeddedMariaDb;
import io.reanimator.embedded.registry.LocalSchemaRegistry;
import io.reanimator.embedded.support.Directories;
import io.reanimator.gateway.GatewayConfig;
import io.reanimator.record.RecordApiConfig;
import io.reanimator.record.auth.WriteTokens;
import io.reanimator.schemas.db.DatabaseMigrator;
import io.reanimator.schemas.db.DataSources;
import io.reanimator.schemas.db.PoolSettings;
import io.reanimator.schemas.serde.AvroSerdeFactory;
import io.reanimator.schemas.serde.SerdeSettings;
import io.reanimator.schemas.topic.Topics;
import io.reanimator.schemas.topic.TopicsConfig;
import org.apache.kafka.clients.admin.Admin;

/**
 * Read API at size: bulk-loads assets, components, installations and timeline events into a real MariaDB with
 * LOAD DATA LOCAL INFILE (printing rows/s, file writing included), then measures over HTTP the p50/p99 of a component timeline page, a
 * component lookup and an asset configuration {@code ?at=} an instant. The record API runs in one Micronaut context
 * with the ingest gateway, as the all-in-one will.
 *
 * <p>Arguments: {@code [components] [eventsPerComponent] [requests]}, defaults 1000000, 10, 5000.
 */
public final class ReadapiBenchmark {

    static final int COMPONENTS_PER_ASSET = 20;
    static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    static final String[] TYPES = {"NVME", "DIMM", "SSD", "HDD", "CPU", "NIC", "PSU", "GPU"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReadapiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int components = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int eventsPerComponent = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        int assets = components / COMPONENTS_PER_ASSET;
        Path work = Files.createTempDirectory("readapi-bench");
        try (EmbeddedMariaDb db = EmbeddedMariaDb.builder().build().start();
             EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(work.resolve("kafka")).start();
             LocalSchemaRegistry registry = new LocalSchemaRegistry(work.resolve("registry"), 0).start()) {
            db.createDatabase("bench");
            String url = db.jdbcUrl("bench");
            try (var pool = DataSources.pooled(PoolSettings.of(url, db.username(), db.password()))) {
                new DatabaseMigrator(pool).migrate();
            }
            try (Connection connection = DriverManager.getConnection(url + "&allowLocalInfile=true", db.username(),
                    db.password());
                 Statement statement = connection.createStatement()) {
                // A 2 GiB buffer pool so the indexes being built stay in memory; redo flushed once a second.
                statement.execute("SET GLOBAL innodb_buffer_pool_size = 2147483648");
                statement.execute("SET GLOBAL innodb_flush_log_at_trx_commit = 2");
                load(statement, work, assets, components, eventsPerComponent);
            }
            measure(db, url, broker.bootstrapServers(), registry.url(), work, assets, components, requests);
        } finally {
            Directories.deleteRecursively(work);
        }
    }

    static void load(Statement statement, Path work, int assets, int components, int eventsPerComponent)
            throws SQLException, IOException {
        statement.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
        timed("assets", assets, statement, work, i -> String.format("bench|as%07d\tbench\tas%07d\tbench|as%07d\t"
                + "BENCH-1U\tIN_PRODUCTION\t%s\t%s", i, i, i, ts(T0), ts(T0.plusSeconds(86_400L * 300))),
                "assets (identity_key, vendor, serial, vendor_serial, model, lifecycle_status, first_seen_at,"
                        + " last_seen_at)");
        timed("components", components, statement, work, i -> String.format("bench|c%08d\t%s\tbench\tbench\t"
                        + "c%08d\tC%08d\tbench|c%08d\t1\tMODEL-%d\t%d\tFW%d", i, TYPES[i % TYPES.length], i, i,
                        i, i % 50, 1_000_000_000L * (1 + i % 8), i % 5),
                "components (identity_key, component_type, vendor, vendor_raw, serial, serial_raw, vendor_serial,"
                        + " trusted_identity, model, capacity_bytes, firmware)");
        // Every component sits in asset i / 20; every tenth one came there from the next asset on day 100.
        Instant move = T0.plusSeconds(86_400L * 100);
        timed("installations", components + components / 10, statement, work, n -> {
            boolean earlier = n >= components;
            int i = earlier ? (n - components) * 10 : n;
            long asset = i / COMPONENTS_PER_ASSET + 1;
            long from = earlier ? asset % assets + 1 : asset;
            Instant start = earlier ? T0 : (i % 10 == 0 ? move : T0);
            return String.format("%064x\t%d\t%d\tS%d\t%s\t%s\t%s", n, i + 1, from, i % COMPONENTS_PER_ASSET,
                    ts(start), ts(earlier ? move.minusSeconds(3600) : start), earlier ? ts(move) : "\\N");
        }, "installations (installation_key, component_id, asset_id, slot, installed_at, last_seen_present_at,"
                + " removed_at)");
        long events = (long) components * eventsPerComponent;
        timed("timeline events", events, statement, work, n -> {
            int i = n / eventsPerComponent;
            int k = n % eventsPerComponent;
            return String.format("%064x\tCOMPONENT\t%d\tbench|c%08d\t%s\t%s\t%d", n, i + 1, i,
                    k == 0 ? "INSTALLED" : "FIRMWARE_CHANGED", ts(T0.plusSeconds(86_400L * k * 30 + i % 86_400)),
                    i + 1);
        }, "timeline_events (event_key, subject_type, subject_id, subject_key, event_type, `timestamp`,"
                + " component_id)");
        statement.execute("SET SESSION foreign_key_checks = 1, unique_checks = 1");
        statement.execute("ANALYZE TABLE assets, components, installations, timeline_events");
    }

    /** Writes the rows to a tab-separated file, then LOAD DATA LOCAL INFILE; the time covers both. */
    private static void timed(String what, long rows, Statement statement, Path work, IntFunction<String> row,
                              String into) throws SQLException, IOException {
        long started = System.nanoTime();
        Path file = work.resolve(what.replace(' ', '-') + ".tsv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long n = 0; n < rows; n++) {
                out.write(row.apply((int) n));
                out.write('\n');
            }
        }
        statement.execute("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath() + "' INTO TABLE " + into);
        Files.delete(file);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("load %-16s %,12d rows in %7.1f s = %,10.0f rows/s%n", what, rows, seconds, rows / seconds);
    }

    private static String ts(Instant instant) {
        return instant.toString().replace("T", " ").replace("Z", "");
    }

    static void measure(EmbeddedMariaDb db, String url, String bootstrap, String registryUrl, Path work, int assets,
                        int components, int requests) throws Exception {
        TopicsConfig topics = new TopicsConfig("bench.", 2, (short) 1);
        SerdeSettings serdes = SerdeSettings.development(registryUrl);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(Topics.create(topics, new AvroSerdeFactory(serdes)).specs().stream()
                    .map(spec -> spec.newTopic()).toList()).all().get();
        }
        Map<String, String> tokens = Map.of("bench", WriteTokens.digest("bench-token"));
        RecordApiConfig record = RecordApiConfig.of(PoolSettings.of(url, db.username(), db.password()).withPoolSize(8),
                bootstrap, serdes, topics, tokens).withClassifyInterval(Duration.ZERO);
        GatewayConfig gateway = new GatewayConfig(bootstrap, serdes, topics, work.resolve("raw"), work.resolve("spool"),
                GatewayConfig.DEFAULT_MAX_BUNDLE_BYTES, tokens);
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("micronaut.server.port", -1)).singletons(record, gateway).start()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            String base = "http://127.0.0.1:" + server.getPort();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Random random = new Random(7);
            IntFunction<String> timeline = n -> "/components/" + (1 + random.nextInt(components)) + "/timeline?limit=5";
            IntFunction<String> component = n -> "/components/" + (1 + random.nextInt(components));
            IntFunction<String> at = n -> "/assets/" + (1 + random.nextInt(assets)) + "?at="
                    + T0.plusSeconds(random.nextInt(86_400 * 300));
            for (int round = 0; round < 2; round++) {
                run(http, base, "warm-up", requests, timeline, false);
                run(http, base, "warm-up", requests, component, false);
                run(http, base, "warm-up", requests, at, false);
            }
            run(http, base, "timeline page 1", requests, timeline, true);
            run(http, base, "timeline page 2", requests, n -> nextPage(http, base, timeline.apply(n)), true);
            run(http, base, "component lookup", requests, component, true);
            run(http, base, "asset ?at=", requests, at, true);
        }
    }

    private static String nextPage(HttpClient http, String base, String path) {
        try {
            JsonNode page = JSON.readTree(get(http, base + path).body());
            return path + "&cursor=" + page.get("nextCursor").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(HttpClient http, String base, String name, int requests, IntFunction<String> paths,
                            boolean print) throws Exception {
        long[] nanos = new long[requests];
        for (int n = 0; n < requests; n++) {
            String path = paths.apply(n);
            long started = System.nanoTime();
            HttpResponse<String> response = get(http, base + path);
            nanos[n] = System.nanoTime() - started;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
        }
        if (print) {
            Arrays.sort(nanos);
            System.out.printf("%-18s n=%d  p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms%n", name, requests,
                    nanos[requests / 2] / 1e6, nanos[(int) (requests * 0.99)] / 1e6, nanos[requests - 1] / 1e6);
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
