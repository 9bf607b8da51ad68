package io.reanimator.deriver.topology;

import io.reanimator.deriver.component.ComponentDerivation;
import io.reanimator.deriver.component.ComponentDeriver;
import io.reanimator.deriver.component.ComponentHistory;
import io.reanimator.deriver.contract.DerivedRecords;
import io.reanimator.deriver.presence.ComponentFact;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stage 2, keyed by component: adds a presence or attribution fact to the component's history and forwards the
 * changes to its installations, timeline and failure episodes (upserts and retractions).
 */
public final class DeriveComponentHistoryProcessor implements Processor<String, ComponentFact, String, Routed> {

    public static final String STORE = "component-history";
    private static final Logger LOG = LoggerFactory.getLogger(DeriveComponentHistoryProcessor.class);

    private final ComponentDeriver deriver;
    private ProcessorContext<String, Routed> context;
    private KeyValueStore<String, ComponentHistory> store;

    private DeriveComponentHistoryProcessor(ComponentDeriver deriver) {
        this.deriver = deriver;
    }

    public static ProcessorSupplier<String, ComponentFact, String, Routed> supplier(ComponentDeriver deriver,
            Map<String, String> changelogConfig) {
        StoreBuilder<KeyValueStore<String, ComponentHistory>> store = Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(STORE), Serdes.String(), JsonSerde.of(ComponentHistory.class))
                .withLoggingEnabled(changelogConfig);
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, ComponentFact, String, Routed> get() {
                return new DeriveComponentHistoryProcessor(deriver);
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
    public void process(Record<String, ComponentFact> record) {
        ComponentFact fact = record.value();
        if (fact == null || (fact.presence() == null && fact.attribution() == null)) {
            LOG.warn("skipping an empty component fact for {}", record.key());
            return;
        }
        ComponentHistory before = store.get(fact.componentKey());
        ComponentDerivation result = deriver.decide(before, fact);
        if (result.next() == before) {
            return;
        }
        store.put(fact.componentKey(), result.next());
        result.installations().forEach(change -> context.forward(record.withKey(change.item().componentKey())
                .withValue(Routed.of(Routed.Kind.INSTALLATION, DerivedRecords.installation(change)))));
        result.events().forEach(change -> context.forward(record.withKey(change.item().subjectKey())
                .withValue(Routed.of(Routed.Kind.TIMELINE, DerivedRecords.timelineEvent(change)))));
        result.failures().forEach(change -> context.forward(record.withKey(change.item().componentKey())
                .withValue(Routed.of(Routed.Kind.FAILURE, DerivedRecords.failureEvent(change)))));
    }
}
