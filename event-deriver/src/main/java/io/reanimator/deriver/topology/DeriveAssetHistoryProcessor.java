package io.reanimator.deriver.topology;

import io.micrometer.core.instrument.Metrics;
import io.reanimator.avro.Observation;
import io.reanimator.deriver.asset.AssetDerivation;
import io.reanimator.deriver.asset.AssetDeriver;
import io.reanimator.deriver.asset.AssetHistory;
import io.reanimator.deriver.contract.DerivedRecords;
import io.reanimator.deriver.contract.InvalidObservationException;
import io.reanimator.deriver.contract.ObservationMapper;
import io.reanimator.deriver.presence.ComponentFact;
import io.reanimator.deriver.presence.Snapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Stage 1, keyed by asset: decodes an observation (undecodable bytes and observations without identity go to the
 * dead letters), lets the core insert it among the asset's snapshots, stores the asset's history and forwards the
 * presence facts (re-keyed by component, for the repartition) and the asset-level timeline and failure changes.
 */
public final class DeriveAssetHistoryProcessor implements Processor<String, byte[], String, Routed> {

    public static final String STORE = "asset-history";

    private final Deserializer<Observation> observations;
    private final ObservationMapper mapper;
    private final AssetDeriver deriver;
    private ProcessorContext<String, Routed> context;
    private KeyValueStore<String, AssetHistory> store;

    private DeriveAssetHistoryProcessor(Deserializer<Observation> observations, ObservationMapper mapper,
            AssetDeriver deriver) {
        this.observations = observations;
        this.mapper = mapper;
        this.deriver = deriver;
    }

    /** The supplier, which also declares the store and its changelog. */
    public static ProcessorSupplier<String, byte[], String, Routed> supplier(Deserializer<Observation> observations,
            ObservationMapper mapper, AssetDeriver deriver, Map<String, String> changelogConfig) {
        StoreBuilder<KeyValueStore<String, AssetHistory>> store = Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(STORE), Serdes.String(), JsonSerde.of(AssetHistory.class))
                .withLoggingEnabled(changelogConfig);
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, byte[], String, Routed> get() {
                return new DeriveAssetHistoryProcessor(observations, mapper, deriver);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(store);
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, Routed> context) {
        this.context = context;
        this.store = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        Observation observation;
        try {
            observation = record.value() == null ? null
                    : observations.deserialize(context.recordMetadata().map(m -> m.topic()).orElse(""),
                            record.value());
        } catch (RuntimeException e) {
            rethrowIfOutage(e);
            deadLetter(record, "undecodable observation", e, null);
            return;
        }
        if (observation == null) {
            deadLetter(record, "empty observation", null, null);
            return;
        }
        Snapshot snapshot;
        try {
            snapshot = mapper.toSnapshot(observation);
        } catch (InvalidObservationException e) {
            deadLetter(record, "invalid observation", e, observation.getBundleId());
            return;
        }
        if (!snapshot.assetKey().equals(record.key())) {
            // Another key would put this asset's snapshots in two partitions and two stores.
            deadLetter(record, "observation not keyed by its asset identity key", null, snapshot.bundleId());
            return;
        }
        derive(record, snapshot);
    }

    private void derive(Record<String, byte[]> record, Snapshot snapshot) {
        AssetHistory before = store.get(snapshot.assetKey());
        AssetDerivation result;
        try {
            result = deriver.decide(before, snapshot);
        } catch (RuntimeException e) {
            deadLetter(record, "derivation failed", e, snapshot.bundleId());
            return;
        }
        if (result.next() != before) {
            store.put(snapshot.assetKey(), result.next());
        } else {
            Metrics.counter("reanimator.deriver.duplicates").increment();
        }
        for (ComponentFact fact : result.facts()) {
            context.forward(record.withKey(fact.componentKey()).withValue(Routed.of(Routed.Kind.FACT, fact)));
        }
        result.events().forEach(change -> context.forward(record.withKey(change.item().subjectKey())
                .withValue(Routed.of(Routed.Kind.TIMELINE, DerivedRecords.timelineEvent(change)))));
        result.failures().forEach(change -> context.forward(record.withKey(change.item().componentKey())
                .withValue(Routed.of(Routed.Kind.FAILURE, DerivedRecords.failureEvent(change)))));
    }

    private void deadLetter(Record<String, byte[]> record, String reason, Throwable cause, String bundleId) {
        byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);
        Routed letter = DeadLetters.of(reason, cause, context.recordMetadata().orElse(null), key, record.value(),
                bundleId);
        context.forward(record.withKey(record.key()).withValue(letter));
    }

    /** A registry or network outage is not the record's fault: fail loudly instead of dead-lettering. */
    static void rethrowIfOutage(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                throw e;
            }
        }
    }
}
