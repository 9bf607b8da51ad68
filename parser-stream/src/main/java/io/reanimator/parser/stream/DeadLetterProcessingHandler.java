package io.reanimator.parser.stream;

import io.reanimator.avro.DeadLetter;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backstop for exceptions that escape a processor (a bug, an unexpected record): the record goes to the
 * dead-letter topic with its exact source bytes and coordinates and the stream goes on. Infrastructure failures
 * ({@link RawStoreUnavailableException}) are not dead-lettered: the stream fails, to be restarted once the raw
 * store is back, and the record is parsed then.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);

    private DeadLetters deadLetters;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetters.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        if (exception instanceof RawStoreUnavailableException) {
            LOG.error("raw store unavailable at {}-{}@{}; stopping", context.topic(), context.partition(),
                    context.offset(), exception);
            return Response.fail();
        }
        LOG.warn("dead-lettering {}-{}@{} after a processing error in {}: {}", context.topic(), context.partition(),
                context.offset(), context.processorNodeId(), DeadLetters.describe(exception), exception);
        ParserMetrics.global().deadLettered("processing-error");
        DeadLetter deadLetter = DeadLetters.of("processing failed: " + DeadLetters.describe(exception), exception,
                context.topic(), context.partition(), context.offset(), context.sourceRawKey(),
                context.sourceRawValue(), record.key() instanceof String key ? key : null,
                Map.of("processor", context.processorNodeId()));
        try {
            return Response.resume(List.of(deadLetters.toRecord(deadLetter, context.sourceRawKey())));
        } catch (RuntimeException serializationFailed) {
            LOG.error("cannot write the dead letter for {}-{}@{}; stopping", context.topic(), context.partition(),
                    context.offset(), serializationFailed);
            return Response.fail();
        }
    }
}
