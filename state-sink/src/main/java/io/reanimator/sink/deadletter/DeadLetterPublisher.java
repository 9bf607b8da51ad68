package io.reanimator.sink.deadletter;

import io.reanimator.avro.DeadLetter;
import io.reanimator.sink.batch.Entry;
import io.reanimator.sink.errors.DeadLetterUnavailableException;
import java.nio.ByteBuffer;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes rejected records to the dead-letter topic with the exact original key and value bytes, their
 * coordinates and the reason, and waits for the broker's acknowledgement: the sink stores a record's offset
 * only after its dead letter is safe. (A crash between the two repeats the dead letter: at least once.)
 */
public final class DeadLetterPublisher implements AutoCloseable {

    public static final String STAGE = "state-sink";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterPublisher.class);

    private final Producer<byte[], DeadLetter> producer;
    private final String topic;
    private final Duration timeout;

    public DeadLetterPublisher(Producer<byte[], DeadLetter> producer, String topic, Duration timeout) {
        this.producer = producer;
        this.topic = topic;
        this.timeout = timeout;
    }

    /**
     * Publishes one dead letter per rejected entry and waits for all acknowledgements.
     *
     * @throws DeadLetterUnavailableException when the broker did not acknowledge in time
     */
    public void publish(List<Entry.Rejected> rejected) {
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        for (Entry.Rejected entry : rejected) {
            ConsumerRecord<byte[], byte[]> raw = entry.raw();
            LOG.warn("Dead-lettering {}-{}@{} (bundle {}): {}", raw.topic(), raw.partition(), raw.offset(),
                    entry.bundleId(), entry.reason());
            sends.add(producer.send(new ProducerRecord<>(topic, raw.key(), deadLetter(entry))));
        }
        try {
            for (Future<RecordMetadata> send : sends) {
                send.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeadLetterUnavailableException("interrupted while writing dead letters", e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new DeadLetterUnavailableException("could not write dead letters to " + topic, e);
        }
    }

    static DeadLetter deadLetter(Entry.Rejected entry) {
        ConsumerRecord<byte[], byte[]> raw = entry.raw();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("kind", entry.kind());
        if (entry.cause() instanceof SQLException sql) {
            details.put("sqlState", String.valueOf(sql.getSQLState()));
            details.put("errorCode", Integer.toString(sql.getErrorCode()));
        }
        return DeadLetter.newBuilder()
                .setStage(STAGE)
                .setReason(entry.reason())
                .setErrorClass(entry.cause() == null ? null : entry.cause().getClass().getName())
                .setSourceTopic(raw.topic())
                .setSourcePartition(raw.partition())
                .setSourceOffset(raw.offset())
                .setOriginalKey(raw.key() == null ? null : ByteBuffer.wrap(raw.key()))
                .setOriginalValue(raw.value() == null ? null : ByteBuffer.wrap(raw.value()))
                .setBundleId(entry.bundleId())
                .setFailedAt(Instant.now())
                .setDetails(details)
                .build();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
