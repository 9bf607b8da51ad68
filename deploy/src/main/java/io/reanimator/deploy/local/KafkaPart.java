package io.reanimator.deploy.local;

import java.util.Map;

import io.reanimator.deploy.platform.PlatformPart;
import io.reanimator.embedded.kafka.EmbeddedKafkaBroker;

/** The in-process KRaft broker, its log under {@code data-dir/kafka}. */
public final class KafkaPart implements PlatformPart {

    private final DataLayout layout;
    private final LocalEnvironment environment;
    private final int port;
    private EmbeddedKafkaBroker broker;

    /** @param port client port, 0 for a free one */
    public KafkaPart(DataLayout layout, LocalEnvironment environment, int port) {
        this.layout = layout;
        this.environment = environment;
        this.port = port;
    }

    @Override
    public String name() {
        return "kafka-broker";
    }

    @Override
    public synchronized void start() {
        broker = new EmbeddedKafkaBroker(layout.kafka(), port, Map.of()).start();
        environment.put(LocalEnvironment.KAFKA_BOOTSTRAP_SERVERS, broker.bootstrapServers());
    }

    @Override
    public synchronized boolean isHealthy() {
        return broker != null && broker.isRunning();
    }

    @Override
    public synchronized void close() {
        if (broker != null) {
            broker.close();
        }
    }
}
