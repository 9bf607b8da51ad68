package io.reanimator.deriver.topology;

import io.micrometer.core.instrument.Metrics;
import io.reanimator.avro.DeadLetter;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the DeadLetter for an input record the deriver cannot use, logs it and counts it. */
final class DeadLetters {

    static final String STAGE = "event-deriver";
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private DeadLetters() {
    }

    static Routed of(String reason, Throwable cause, RecordMetadata source, byte[] key, byte[] value,
            String bundleId) {
        LOG.warn("dead-lettering record {}-{}@{} (bundle {}): {}", source == null ? null : source.topic(),
                source == null ? null : source.partition(), source == null ? null : source.offset(), bundleId,
                reason);
        Metrics.counter("reanimator.deriver.dead.letters", "reason", reason).increment();
        DeadLetter letter = DeadLetter.newBuilder().setStage(STAGE).setReason(reason)
                .setErrorClass(cause == null ? null : cause.getClass().getName())
                .setSourceTopic(source == null ? null : source.topic())
                .setSourcePartition(source == null ? null : source.partition())
                .setSourceOffset(source == null ? null : source.offset())
                .setOriginalKey(key == null ? null : ByteBuffer.wrap(key))
                .setOriginalValue(value == null ? null : ByteBuffer.wrap(value)).setBundleId(bundleId)
                .setFailedAt(Instant.now())
                .setDetails(cause == null || cause.getMessage() == null ? Map.of()
                        : Map.of("message", cause.getMessage()))
                .build();
        return new Routed(Routed.Kind.DEAD_LETTER, letter, key);
    }
}
