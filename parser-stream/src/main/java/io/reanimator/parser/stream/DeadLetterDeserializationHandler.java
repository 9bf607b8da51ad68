package io.reanimator.parser.stream;

import io.reanimator.avro.DeadLetter;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Poison bytes on the bundles topic (not a LogBundle the registry can resolve): writes a {@link DeadLetter} with
 * the exact key and value bytes and the topic/partition/offset, in the same transaction as the offset commit,
 * and goes on with the next record.
 *
 * <p>If the dead letter itself cannot be serialized (the registry is down), the stream fails: that is an outage,
 * and skipping the record would lose it.
 */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);

    private DeadLetters deadLetters;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetters.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
            Exception exception) {
        LOG.warn("dead-lettering undeserializable record {}-{}@{}: {}", record.topic(), record.partition(),
                record.offset(), DeadLetters.describe(exception));
        ParserMetrics.global().deadLettered("undeserializable");
        DeadLetter deadLetter = DeadLetters.of("undeserializable record: " + DeadLetters.describe(exception),
                exception, record.topic(), record.partition(), record.offset(), record.key(), record.value(),
                null, Map.of());
        try {
            return Response.resume(List.of(deadLetters.toRecord(deadLetter, record.key())));
        } catch (RuntimeException serializationFailed) {
            LOG.error("cannot write the dead letter for {}-{}@{}; stopping", record.topic(), record.partition(),
                    record.offset(), serializationFailed);
            return Response.fail();
        }
    }
}
