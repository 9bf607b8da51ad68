package io.reanimator.bench.pipeline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.reanimator.schemas.db.DataSources;
import io.reanimator.schemas.db.DatabaseMigrator;
import io.reanimator.schemas.db.MariaDbUrls;
import io.reanimator.schemas.db.PoolSettings;
import io.reanimator.schemas.id.DeterministicIds;
import io.reanimator.sink.write.Json;
import io.reanimator.sink.write.MultiRowUpsert;
import io.reanimator.sink.write.Sql;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The two baselines, measured on the all-in-one's own broker and MariaDB server while the pipeline is idle:
 * a raw pipelined {@code KafkaProducer} (acks=all, idempotent, lz4) writing the benchmark's bundle bytes to a topic
 * of its own, and raw multi-row {@code INSERT .. ON DUPLICATE KEY UPDATE} of {@code timeline_events} rows in a
 * database of its own on the same server (2,000 rows per transaction, the sink's statement shape).
 */
final class Baselines {

    record Figure(long count, double seconds, long bytes) {
        double perSecond() {
            return count / seconds;
        }
    }

    private Baselines() {
    }

    static Figure producer(String bootstrap, List<Fleet.Bundle> bundles) throws Exception {
        String topic = "bench.pipeline-raw-bundles";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1)
                    .configs(Map.of("max.message.bytes", String.valueOf(16 * 1024 * 1024))))).all().get();
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024,
                ProducerConfig.BUFFER_MEMORY_CONFIG, 256L * 1024 * 1024),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.partitionsFor(topic);
            for (Fleet.Bundle b : bundles.subList(0, Math.min(200, bundles.size()))) {
                producer.send(new ProducerRecord<>(topic, "warm-" + b.bundleId(), b.bytes()));
            }
            producer.flush();
            long bytes = 0;
            long started = System.nanoTime();
            for (Fleet.Bundle b : bundles) {
                producer.send(new ProducerRecord<>(topic, b.bundleId(), b.bytes()));
                bytes += b.bytes().length;
            }
            producer.flush();
            return new Figure(bundles.size(), (System.nanoTime() - started) / 1e9, bytes);
        }
    }

    static Figure upserts(String jdbcUrl, String user, String password, int rows) throws SQLException {
        try (Connection admin = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS bench_pipeline_raw");
        }
        String url = MariaDbUrls.forDatabase(jdbcUrl, "bench_pipeline_raw");
        try (var dataSource = DataSources.pooled(PoolSettings.of(url, user, password).withPoolSize(1)
                .withPoolName("bench-raw"))) {
            new DatabaseMigrator(dataSource).migrate();
            long assetId;
            long componentId;
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT IGNORE INTO assets (identity_key) VALUES ('dell|raw')");
                s.executeUpdate("INSERT IGNORE INTO components (identity_key, component_type) VALUES ('seagate|raw', 'HDD')");
                try (PreparedStatement select = c.prepareStatement("SELECT (SELECT id FROM assets WHERE identity_key ="
                        + " 'dell|raw'), (SELECT id FROM components WHERE identity_key = 'seagate|raw')");
                     ResultSet rs = select.executeQuery()) {
                    rs.next();
                    assetId = rs.getLong(1);
                    componentId = rs.getLong(2);
                }
            }
            MultiRowUpsert upsert = new MultiRowUpsert("timeline_events", List.of("event_key", "subject_type",
                    "subject_id", "subject_key", "event_type", "`timestamp`", "asset_id", "component_id", "details",
                    "evidence"), "event_type = VALUES(event_type), `timestamp` = VALUES(`timestamp`),"
                    + " details = VALUES(details), evidence = VALUES(evidence), updated_at = UTC_TIMESTAMP(6)");
            Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
            String run = Long.toString(System.nanoTime());
            long started = System.nanoTime();
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                List<Object[]> batch = new ArrayList<>();
                for (int i = 0; i < rows; i++) {
                    batch.add(new Object[] {DeterministicIds.of("raw", run, Integer.toString(i)), "COMPONENT",
                        componentId, "seagate|raw", "INSTALLED", Sql.utc(t0.plusSeconds(i)), assetId, componentId,
                        Json.write(Map.of("slot", "/dev/sda")), Json.write(List.of("b"))});
                    if (batch.size() == 2_000) {
                        upsert.execute(connection, batch);
                        connection.commit();
                        batch.clear();
                    }
                }
                upsert.execute(connection, batch);
                connection.commit();
            }
            return new Figure(rows, (System.nanoTime() - started) / 1e9, 0);
        }
    }
}
