package io.reanimator.parser.stream;

import io.reanimator.avro.DeadLetter;
import io.reanimator.avro.LogBundle;
import io.reanimator.avro.Observation;
import io.reanimator.parser.bundle.BundleOutcome;
import io.reanimator.parser.bundle.BundleParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bundles in, observations (or dead letters) out, each bundle at most once: the store
 * {@value ParseBundleProcessorSupplier#SEEN_BUNDLES_STORE} remembers every bundle digest parsed, and a bundle
 * seen again (a resend, a replay, a restart before commit is impossible under exactly-once) yields nothing.
 */
final class ParseBundleProcessor implements Processor<String, LogBundle, Object, Object> {

    private static final Logger LOG = LoggerFactory.getLogger(ParseBundleProcessor.class);

    private final BundleParser parser;
    private final Serializer<LogBundle> bundleSerializer;
    private final ParserMetrics metrics;
    private ProcessorContext<Object, Object> context;
    private KeyValueStore<String, Long> seen;

    ParseBundleProcessor(BundleParser parser, Serializer<LogBundle> bundleSerializer, ParserMetrics metrics) {
        this.parser = parser;
        this.bundleSerializer = bundleSerializer;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
        this.seen = context.getStateStore(ParseBundleProcessorSupplier.SEEN_BUNDLES_STORE);
    }

    @Override
    public void process(Record<String, LogBundle> record) {
        LogBundle bundle = record.value();
        if (bundle == null) {
            deadLetter(record, "record has no value (a tombstone on the bundles topic)", null, Map.of());
            return;
        }
        String digest = bundle.getSha256() != null && !bundle.getSha256().isBlank() ? bundle.getSha256()
                : record.key();
        if (seen.get(digest) != null) {
            LOG.info("bundle {} already parsed; skipping {}", digest, coordinates());
            metrics.bundle("duplicate");
            return;
        }
        BundleOutcome outcome;
        try {
            outcome = parser.parse(bundle);
        } catch (IOException e) {
            throw new RawStoreUnavailableException("cannot read bundle " + digest + " from the raw store", e);
        }
        if (outcome instanceof BundleOutcome.Parsed parsed) {
            emit(record, parsed.observation());
        } else if (outcome instanceof BundleOutcome.Unusable unusable) {
            deadLetter(record, unusable.reason(), bundle.getBundleId(), unusable.details());
        }
        seen.put(digest, record.timestamp());
    }

    private void emit(Record<String, LogBundle> record, Observation observation) {
        String assetKey = observation.getAsset().getIdentity().getKey();
        LOG.debug("bundle {} -> observation {} of {} ({} components, {} warnings)", observation.getBundleId(),
                observation.getObservationId(), assetKey, observation.getComponents().size(),
                observation.getWarnings().size());
        metrics.bundle("observation");
        metrics.warnings(observation.getWarnings().size());
        context.forward(new Record<Object, Object>(assetKey, observation, record.timestamp()),
                ParseBundleProcessorSupplier.OBSERVATIONS_SINK);
    }

    private void deadLetter(Record<String, LogBundle> record, String reason, String bundleId,
            Map<String, String> details) {
        Optional<RecordMetadata> meta = context.recordMetadata();
        byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);
        String topic = meta.map(RecordMetadata::topic).orElse(null);
        // The exact value bytes are not visible to a processor; the bundle re-encoded by the topic's serializer
        // carries the same content, and the coordinates name the original.
        byte[] value = record.value() == null ? null : bundleSerializer.serialize(topic, record.value());
        DeadLetter deadLetter = DeadLetters.of(reason, null, topic, meta.map(RecordMetadata::partition).orElse(null),
                meta.map(RecordMetadata::offset).orElse(null), key, value, bundleId, details);
        LOG.warn("dead-lettering bundle {} at {}: {}", bundleId, coordinates(), reason);
        metrics.bundle("dead-letter");
        metrics.deadLettered("unusable-bundle");
        context.forward(new Record<Object, Object>(key, deadLetter, record.timestamp()),
                ParseBundleProcessorSupplier.DEAD_LETTERS_SINK);
    }

    private String coordinates() {
        return context.recordMetadata().map(m -> m.topic() + "-" + m.partition() + "@" + m.offset()).orElse("?");
    }
}
