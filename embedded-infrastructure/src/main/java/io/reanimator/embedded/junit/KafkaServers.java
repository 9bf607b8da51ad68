package io.reanimator.embedded.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.reanimator.embedded.docker.DockerEngine;
import io.reanimator.embedded.kafka.EmbeddedKafkaBroker;
import io.reanimator.embedded.registry.LocalSchemaRegistry;
import io.reanimator.embedded.support.Directories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The Kafka environment of one test JVM: an external cluster when {@code REANIMATOR_TEST_KAFKA_BOOTSTRAP} names one,
 * a Testcontainers broker where a Docker engine answers, the in-JVM KRaft broker otherwise. The schema registry is
 * the one named by {@code REANIMATOR_TEST_REGISTRY_URL}, else the local stand-in.
 */
final class KafkaServers implements AutoCloseable {

    static final String BOOTSTRAP_ENV = "REANIMATOR_TEST_KAFKA_BOOTSTRAP";
    static final String REGISTRY_ENV = "REANIMATOR_TEST_REGISTRY_URL";
    private static final String KAFKA_IMAGE = "apache/kafka:4.1.0";
    private static final Logger LOG = LoggerFactory.getLogger(KafkaServers.class);

    private final Path workDir;
    private final AutoCloseable broker;
    private final AutoCloseable registry;
    private final TestKafka testKafka;

    private KafkaServers(Path workDir, AutoCloseable broker, AutoCloseable registry, TestKafka testKafka) {
        this.workDir = workDir;
        this.broker = broker;
        this.registry = registry;
        this.testKafka = testKafka;
    }

    static KafkaServers start() {
        Path workDir = tempDir();
        String bootstrap = System.getenv(BOOTSTRAP_ENV);
        AutoCloseable broker = () -> { };
        if (bootstrap == null || bootstrap.isBlank()) {
            if (DockerEngine.isAvailable()) {
                KafkaContainer container = new KafkaContainer(KAFKA_IMAGE);
                container.start();
                bootstrap = container.getBootstrapServers();
                broker = container::stop;
            } else {
                EmbeddedKafkaBroker embedded = new EmbeddedKafkaBroker(workDir).start();
                bootstrap = embedded.bootstrapServers();
                broker = embedded;
            }
        }
        String registryUrl = System.getenv(REGISTRY_ENV);
        AutoCloseable registry = () -> { };
        if (registryUrl == null || registryUrl.isBlank()) {
            LocalSchemaRegistry local = new LocalSchemaRegistry(workDir.resolve("registry"), 0);
            local.start();
            registryUrl = local.url();
            registry = local;
        }
        LOG.info("Tests use Kafka at {} and the schema registry at {}", bootstrap, registryUrl);
        return new KafkaServers(workDir, broker, registry, new TestKafka(bootstrap, registryUrl));
    }

    TestKafka testKafka() {
        return testKafka;
    }

    @Override
    public void close() throws Exception {
        try {
            registry.close();
        } finally {
            broker.close();
            Directories.deleteRecursively(workDir);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("reanimator-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
