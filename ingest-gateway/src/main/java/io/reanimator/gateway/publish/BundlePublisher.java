package io.reanimator.gateway.publish;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.reanimator.avro.LogBundle;
import io.reanimator.schemas.topic.Topic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;

/**
 * Puts bundle references on the bundles topic and waits for {@code acks=all}, with bounded waits everywhere: when
 * the broker is away the caller learns it within {@link #ACK_TIMEOUT} and answers 503, rather than hanging.
 * Idempotence is on, so the producer's own retries never write a record twice.
 */
public final class BundlePublisher implements AutoCloseable {

    static final Duration ACK_TIMEOUT = Duration.ofSeconds(20);

    private final Topic<String, LogBundle> topic;
    private final KafkaProducer<String, LogBundle> producer;

    public BundlePublisher(String bootstrapServers, Topic<String, LogBundle> topic, Map<String, Object> overrides) {
        this.topic = topic;
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 8_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) ACK_TIMEOUT.toMillis() - 2_000);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "reanimator-ingest-gateway");
        config.putAll(overrides);
        this.producer = new KafkaProducer<>(config, topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    /** Blocks until the broker acknowledged the record; never call it on an event-loop thread. */
    public void publish(LogBundle bundle) {
        try {
            producer.send(new ProducerRecord<>(topic.name(), bundle.getSha256(), bundle))
                    .get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException("interrupted while waiting for the broker", e);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            throw new BrokerUnavailableException("the broker did not acknowledge the bundle: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
