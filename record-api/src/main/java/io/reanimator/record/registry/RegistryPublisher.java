package io.reanimator.record.registry;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.reanimator.avro.RegistryChange;
import io.reanimator.record.web.ApiException;
import io.reanimator.schemas.topic.Topic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts registry changes on the registry topic, keyed by entity, and waits for {@code acks=all} with bounded waits:
 * when the broker is away the caller answers 503 and nothing was changed. Idempotence is on, so the producer's
 * own retries never write a change twice.
 */
public final class RegistryPublisher implements AutoCloseable {

    static final Duration ACK_TIMEOUT = Duration.ofSeconds(20);
    private static final Logger LOG = LoggerFactory.getLogger(RegistryPublisher.class);

    private final Topic<String, RegistryChange> topic;
    private final KafkaProducer<String, RegistryChange> producer;

    public RegistryPublisher(String bootstrapServers, Topic<String, RegistryChange> topic,
                             Map<String, Object> overrides) {
        this.topic = topic;
        Map<String, Object> config = new HashMap<>(overrides);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 8_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) ACK_TIMEOUT.toMillis() - 2_000);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "reanimator-record-api-registry");
        this.producer = new KafkaProducer<>(config, topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    /** Blocks until the broker acknowledged; returns where the change landed (partition, offset). */
    public RecordMetadata publish(RegistryChange change) {
        try {
            return producer.send(new ProducerRecord<>(topic.name(), change.getEntityKey(), change))
                    .get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("interrupted while waiting for the broker");
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            LOG.warn("Registry change {} for {} not acknowledged: {}", change.getChangeId(), change.getEntityKey(),
                    e.toString());
            throw ApiException.unavailable("the broker did not acknowledge the change; nothing was changed");
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
