package io.reanimator.parser.stream;

import io.reanimator.avro.DeadLetter;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Builds {@link DeadLetter} records for this stage and, for the error handlers (which hand Kafka Streams raw
 * records to write), serializes them for the dead-letter topic.
 *
 * <p>The exception handlers are instantiated by Kafka Streams from a class name, so an instance of this class
 * reaches them through the streams configuration under {@link #CONFIG_KEY}.
 */
public final class DeadLetters {

    /** Streams configuration key under which the handlers find this object. */
    public static final String CONFIG_KEY = "reanimator.parser.dead-letters";
    public static final String STAGE = "parser-stream";

    private final String topic;
    private final Serializer<DeadLetter> serializer;

    public DeadLetters(String topic, Serializer<DeadLetter> serializer) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.serializer = Objects.requireNonNull(serializer, "serializer");
    }

    /** A dead letter for a record read from {@code sourceTopic} at the given coordinates. */
    public static DeadLetter of(String reason, Throwable error, String sourceTopic, Integer partition, Long offset,
            byte[] key, byte[] value, String bundleId, Map<String, String> details) {
        return DeadLetter.newBuilder()
                .setStage(STAGE)
                .setReason(reason)
                .setErrorClass(error == null ? null : error.getClass().getName())
                .setSourceTopic(sourceTopic)
                .setSourcePartition(partition)
                .setSourceOffset(offset)
                .setOriginalKey(key == null ? null : ByteBuffer.wrap(key))
                .setOriginalValue(value == null ? null : ByteBuffer.wrap(value))
                .setBundleId(bundleId)
                .setFailedAt(Instant.now())
                .setDetails(details)
                .build();
    }

    /** The record the handlers return to Kafka Streams; the key is the original key bytes. */
    ProducerRecord<byte[], byte[]> toRecord(DeadLetter deadLetter, byte[] originalKey) {
        return new ProducerRecord<>(topic, null, originalKey, serializer.serialize(topic, deadLetter));
    }

    static DeadLetters from(Map<String, ?> configs) {
        Object value = configs.get(CONFIG_KEY);
        if (!(value instanceof DeadLetters deadLetters)) {
            throw new IllegalStateException("streams configuration lacks '" + CONFIG_KEY
                    + "' (a DeadLetters instance); ParserStreamService sets it");
        }
        return deadLetters;
    }

    static String describe(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
