package io.reanimator.embedded.kafka;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.reanimator.embedded.support.Directories;
import io.reanimator.embedded.support.FreePorts;

/**
 * A real single-node Kafka broker in KRaft combined mode (broker and controller in one), running inside this JVM.
 *
 * <p>It uses {@link KafkaRaftServer} directly rather than Kafka's test kit so the local all-in-one can run it without
 * JUnit on its classpath. The data directory is formatted once and reused: stopping and starting a broker on the same
 * directory and ports keeps every topic and record, which is what restart tests and {@code --data-dir} rely on.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private final Map<String, String> overrides;
    private KafkaRaftServer server;

    /**
     * @param dataDir   where the broker keeps its log and metadata; reuse it to keep data across restarts
     * @param port      client port, 0 for a free one (chosen once, then kept for restarts of this instance)
     * @param overrides broker settings that replace the defaults (e.g. {@code message.max.bytes})
     */
    public EmbeddedKafkaBroker(Path dataDir, int port, Map<String, String> overrides) {
        this.logDir = dataDir.toAbsolutePath().resolve("kafka-logs");
        this.port = port == 0 ? FreePorts.find() : port;
        this.controllerPort = FreePorts.find();
        this.overrides = Map.copyOf(overrides);
    }

    public EmbeddedKafkaBroker(Path dataDir) {
        this(dataDir, 0, Map.of());
    }

    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            return this;
        }
        long started = System.nanoTime();
        try {
            Files.createDirectories(logDir);
            KafkaConfig config = KafkaConfig.fromProps(brokerProperties(), false);
            formatStorageOnce();
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            awaitReady(Duration.ofSeconds(60));
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("Embedded Kafka broker failed to start in " + logDir, e);
        }
        LOG.info("Embedded Kafka broker up at {} (data {}) in {} ms", bootstrapServers(), logDir,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return this;
    }

    /** Graceful shutdown; the data directory stays, so {@link #start()} brings everything back. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            server = null;
            LOG.info("Embedded Kafka broker at {} stopped", bootstrapServers());
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        stop();
    }

    private Properties brokerProperties() {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        // A single node can only replicate once; internal topics must say so or they never get created.
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "6");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "6");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // Topics are part of the public contract and are created explicitly, never by a typo in a client.
        props.put("auto.create.topics.enable", "false");
        props.put("num.partitions", "1");
        props.putAll(overrides);
        return props;
    }

    /** Formats the log directory on first use; a formatted directory is left alone so data survives restarts. */
    private void formatStorageOnce() throws Exception {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(logDir.toString()))
                .setMetadataLogDirectory(logDir.toString())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setIgnoreFormatted(true)
                .run();
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(config)) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("broker not ready after " + timeout, notYet);
                    }
                }
                Thread.sleep(100);
            }
        }
    }

    /** Deletes the broker's data; only for throw-away brokers whose directory nobody else uses. */
    public void deleteData() {
        stop();
        Directories.deleteRecursively(logDir);
    }
}
