package io.reanimator.bench.sink;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.reanimator.avro.AssetSnapshot;
import io.reanimator.avro.ChangeAction;
import io.reanimator.avro.ComponentSnapshot;
import io.reanimator.avro.ComponentType;
import io.reanimator.avro.HealthSignal;
import io.reanimator.avro.HealthStatus;
import io.reanimator.avro.Identity;
import io.reanimator.avro.Installation;
import io.reanimator.avro.Observation;
import io.reanimator.avro.SubjectType;
import io.reanimator.avro.TimelineEvent;
import io.reanimator.avro.TimelineEventType;
import io.reanimator.embedded.kafka.EmbeddedKafkaBroker;
import io.reanimator.embedded.mariadb.MariaDbServer;
import io.reanimator.embedded.mariadb.MariaDbServers;
import io.reanimator.embedded.registry.LocalSchemaRegistry;
import io.reanimator.schemas.db.DataSources;
import io.reanimator.schemas.db.DatabaseMigrator;
import io.reanimator.schemas.db.PoolSettings;
import io.reanimator.schemas.id.DeterministicIds;
import io.reanimator.schemas.serde.AvroSerdeFactory;
import io.reanimator.schemas.serde.SerdeSettings;
import io.reanimator.schemas.topic.Topic;
import io.reanimator.schemas.topic.TopicSpec;
import io.reanimator.schemas.topic.Topics;
import io.reanimator.schemas.topic.TopicsConfig;
import io.reanimator.sink.StateSinkConfig;
import io.reanimator.sink.StateSinkService;
import io.reanimator.sink.batch.CommitListener;
import io.reanimator.sink.consume.RecordDecoder;
import io.reanimator.sink.write.Json;
import io.reanimator.sink.write.MultiRowUpsert;
import io.reanimator.sink.write.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * State sink throughput: realistic observations (an asset with its components), installations and timeline
 * events go through Kafka into MariaDB; the sink's rows/s is printed next to two baselines measured in the same
 * run on the same broker and server: a raw KafkaConsumer reading the same records (bytes only), and raw
 * multi-row {@code INSERT .. ON DUPLICATE KEY UPDATE} of timeline_events rows over JDBC.
 *
 * <p>Usage: {@code benchmarks/run sink [ASSETS] [COMPONENTS_PER_ASSET] [EVENTS_PER_COMPONENT]}, defaults
 * 1000, 24, 5 (24,000 components, 24,000 installations, 120,000 timeline events).
 */
public final class SinkBenchmark {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final int PARTITIONS = 6;
    private static final TimelineEventType[] TYPES = {TimelineEventType.INSTALLED, TimelineEventType.FIRMWARE_CHANGED,
        TimelineEventType.HEALTH_DEGRADED, TimelineEventType.REMOVED, TimelineEventType.MOVED};

    private SinkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int assets = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int perAsset = args.length > 1 ? Integer.parseInt(args[1]) : 24;
        int eventsPerComponent = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path work = Files.createDirectories(Path.of("benchmarks/target/sink-bench"));
        Path runDir = Files.createTempDirectory(work, "run-");
        try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(runDir.resolve("kafka")).start();
             LocalSchemaRegistry registry = new LocalSchemaRegistry(runDir.resolve("registry"), 0).start();
             MariaDbServer mariaDb = MariaDbServers.start()) {
            TopicsConfig topicsConfig = new TopicsConfig("bench.", PARTITIONS, (short) 1);
            Topics topics = Topics.create(topicsConfig, new AvroSerdeFactory(SerdeSettings.development(registry.url())));
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                admin.createTopics(topics.specs().stream().map(TopicSpec::newTopic).toList()).all().get();
            }
            System.out.printf(Locale.ROOT, "Sink benchmark: %d assets x %d components, %d events per component%n",
                    assets, perAsset, eventsPerComponent);
            // The first asset's records register the schemas; the rest are written with the latest registered
            // version (production settings), which spares the serializer a content lookup per record.
            Topics registered = Topics.create(topicsConfig, new AvroSerdeFactory(SerdeSettings.production(registry.url())));
            long records = produce(broker.bootstrapServers(), topics, registered, assets, perAsset, eventsPerComponent);
            rawConsumer(broker.bootstrapServers(), topics, records, null);
            rawConsumer(broker.bootstrapServers(), topics, records, new RecordDecoder(topics, new AvroSerdeFactory(SerdeSettings.development(registry.url()))));
            sink(broker.bootstrapServers(), registry.url(), topicsConfig, mariaDb, records);
            rawUpserts(mariaDb, assets * perAsset * eventsPerComponent);
        }
    }

    private static long produce(String bootstrap, Topics registering, Topics registered, int assets, int perAsset,
            int eventsPerComponent) throws Exception {
        long started = System.nanoTime();
        long count = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int a = 0; a < assets; a++) {
                Topics topics = a == 0 ? registering : registered;
                String assetKey = "supermicro|bench-" + a;
                String bundleId = DeterministicIds.of("bundle", Integer.toString(a));
                List<ComponentSnapshot> components = new ArrayList<>();
                for (int c = 0; c < perAsset; c++) {
                    components.add(component(a, c));
                }
                send(producer, topics.observations(), assetKey, observation(bundleId, assetKey, a, components));
                count++;
                for (int c = 0; c < perAsset; c++) {
                    String componentKey = components.get(c).getIdentity().getKey();
                    String slot = components.get(c).getSlot();
                    Instant at = T0.plusSeconds(a);
                    send(producer, topics.installations(), componentKey, new Installation(
                            DeterministicIds.installationId(componentKey, assetKey, slot, at), ChangeAction.UPSERT,
                            componentKey, assetKey, slot, at, null, at.plusSeconds(86_400), null, List.of(bundleId)));
                    count++;
                    for (int e = 0; e < eventsPerComponent; e++) {
                        send(producer, topics.timelineEvents(), componentKey,
                                event(componentKey, assetKey, slot, at.plusSeconds(3_600L * e), e, bundleId));
                        count++;
                    }
                }
            }
            producer.flush();
        }
        report("produce (setup)", count, "records", started);
        return count;
    }

    private static void rawConsumer(String bootstrap, Topics topics, long expected, RecordDecoder decoder) {
        long started = System.nanoTime();
        long read = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : RecordDecoder.topicNames(topics)) {
                for (int p = 0; p < PARTITIONS; p++) {
                    partitions.add(new TopicPartition(topic, p));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (read < expected) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
                read += records.count();
                if (decoder != null) {
                    records.forEach(decoder::decode);
                }
            }
        }
        report(decoder == null ? "baseline: raw KafkaConsumer (bytes, no decoding)"
                : "baseline: raw KafkaConsumer + Avro decoding", read, "records", started);
    }

    private static void sink(String bootstrap, String registryUrl, TopicsConfig topicsConfig, MariaDbServer server,
            long expected) throws Exception {
        server.createDatabase("bench_sink");
        String jdbcUrl = server.jdbcUrl("bench_sink");
        StateSinkConfig config = StateSinkConfig.of(bootstrap, registryUrl, topicsConfig, jdbcUrl, server.username(),
                server.password()).withGroupId("bench-sink");
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        long started = System.nanoTime();
        try (StateSinkService sink = StateSinkService.start(config, meters, CommitListener.NONE)) {
            while (sink.metrics().total("records") < expected) {
                if (!sink.isHealthy()) {
                    throw new IllegalStateException("sink stopped", sink.failure());
                }
                Thread.sleep(50);
            }
            long nanos = System.nanoTime() - started;
            double rows = sink.metrics().total("rows");
            report("state sink: records consumed and committed", (long) sink.metrics().total("records"), "records",
                    started, nanos);
            report("state sink: rows upserted (all tables)", (long) rows, "rows", started, nanos);
            meters.find("reanimator.sink.rows").counters().forEach(counter -> System.out.printf(Locale.ROOT,
                    "    %-16s %,10d rows%n", counter.getId().getTag("table"), (long) counter.count()));
            System.out.printf(Locale.ROOT, "    %,d transactions, mean %.1f ms%n", sink.metrics().batchCount(),
                    meters.find("reanimator.sink.batches").timer().mean(java.util.concurrent.TimeUnit.MILLISECONDS));
        }
    }

    private static void rawUpserts(MariaDbServer server, int rows) throws SQLException {
        server.createDatabase("bench_raw");
        try (var dataSource = DataSources.pooled(PoolSettings.of(server.jdbcUrl("bench_raw"), server.username(),
                server.password()).withPoolSize(1).withPoolName("bench-raw"))) {
            new DatabaseMigrator(dataSource).migrate();
            long[] ids = subjectIds(dataSource);
            MultiRowUpsert upsert = new MultiRowUpsert("timeline_events", List.of("event_key", "subject_type",
                    "subject_id", "subject_key", "event_type", "`timestamp`", "asset_id", "component_id", "details",
                    "evidence"), "event_type = VALUES(event_type), `timestamp` = VALUES(`timestamp`),"
                    + " details = VALUES(details), evidence = VALUES(evidence), updated_at = UTC_TIMESTAMP(6)");
            long started = System.nanoTime();
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                List<Object[]> batch = new ArrayList<>();
                for (int i = 0; i < rows; i++) {
                    batch.add(new Object[] {DeterministicIds.of("raw", Integer.toString(i)), "COMPONENT", ids[1],
                        "samsung|raw", "INSTALLED", Sql.utc(T0.plusSeconds(i)), ids[0], ids[1],
                        Json.write(Map.of("slot", "DIMM_A1")), Json.write(List.of("b"))});
                    if (batch.size() == 2_000) {
                        upsert.execute(connection, batch);
                        connection.commit();
                        batch.clear();
                    }
                }
                upsert.execute(connection, batch);
                connection.commit();
            }
            report("baseline: raw JDBC multi-row upsert (timeline_events, 2000 rows/tx)", rows, "rows", started);
        }
    }

    private static long[] subjectIds(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().executeUpdate("INSERT INTO assets (identity_key) VALUES ('supermicro|raw')");
            connection.createStatement().executeUpdate(
                    "INSERT INTO components (identity_key, component_type) VALUES ('samsung|raw', 'DIMM')");
            long[] ids = new long[2];
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT (SELECT id FROM assets WHERE identity_key = 'supermicro|raw'),"
                            + " (SELECT id FROM components WHERE identity_key = 'samsung|raw')");
                 ResultSet result = select.executeQuery()) {
                result.next();
                ids[0] = result.getLong(1);
                ids[1] = result.getLong(2);
            }
            return ids;
        }
    }

    private static Observation observation(String bundleId, String assetKey, int a, List<ComponentSnapshot> components) {
        String serial = "BENCH-" + a;
        AssetSnapshot asset = new AssetSnapshot(new Identity(assetKey, true, null, "supermicro", serial.toLowerCase(Locale.ROOT),
                "Supermicro", serial), "Supermicro", "SYS-1029P", serial, null, "BS-" + a, "3.4", "1.73.12",
                "node-" + a, null, "FRA1", "acme", "refresh-2024");
        return new Observation(DeterministicIds.observationId(bundleId, assetKey), bundleId, T0.plusSeconds(a),
                T0.plusSeconds(a + 600), "parser-1.0.0", asset, components, List.of(), List.of());
    }

    private static ComponentSnapshot component(int a, int c) {
        String serial = "S" + a + "X" + c;
        String key = "samsung|" + serial.toLowerCase(Locale.ROOT);
        return new ComponentSnapshot(new Identity(key, true, null, "samsung", serial.toLowerCase(Locale.ROOT),
                "Samsung", serial), c % 3 == 0 ? ComponentType.NVME : ComponentType.DIMM, "Samsung", "M393A4K40DB3-CWE",
                "M393A4K40DB3-CWE", serial, "DIMM_" + c, "1.0", 34_359_738_368L, "3200 MT/s", Map.of("rank", "2"),
                List.of(new HealthSignal("redfish.health", HealthStatus.OK, null, "OK", "redfish")),
                List.of("dmidecode", "redfish"));
    }

    private static TimelineEvent event(String componentKey, String assetKey, String slot, Instant at, int e,
            String bundleId) {
        TimelineEventType type = TYPES[e % TYPES.length];
        String toValue = type == TimelineEventType.FIRMWARE_CHANGED ? "1." + e : null;
        return new TimelineEvent(DeterministicIds.timelineEventId(componentKey, type, at, componentKey, null, toValue),
                ChangeAction.UPSERT, SubjectType.COMPONENT, componentKey, type, at, null, assetKey, componentKey,
                ComponentType.DIMM, slot, null, null, null, null, toValue == null ? null : "firmware", null, toValue,
                Map.of(), List.of(bundleId));
    }

    private static <T> void send(KafkaProducer<String, byte[]> producer, Topic<String, T> topic, String key, T value) {
        producer.send(new ProducerRecord<>(topic.name(), key, topic.valueSerde().serializer().serialize(topic.name(), value)));
    }

    private static void report(String what, long count, String unit, long startedNanos) {
        report(what, count, unit, startedNanos, System.nanoTime() - startedNanos);
    }

    private static void report(String what, long count, String unit, long startedNanos, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf(Locale.ROOT, "%-72s %,10d %s in %6.1f s = %,9.0f %s/s%n", what, count, unit, seconds,
                count / seconds, unit);
    }
}
