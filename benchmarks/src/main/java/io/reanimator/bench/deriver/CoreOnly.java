package io.reanimator.bench.deriver;

import io.reanimator.avro.Observation;
import io.reanimator.deriver.asset.AssetDerivation;
import io.reanimator.deriver.asset.AssetDeriver;
import io.reanimator.deriver.asset.AssetHistory;
import io.reanimator.deriver.component.ComponentDerivation;
import io.reanimator.deriver.component.ComponentDeriver;
import io.reanimator.deriver.component.ComponentHistory;
import io.reanimator.deriver.contract.ObservationMapper;
import io.reanimator.deriver.failure.FailureSettings;
import io.reanimator.deriver.failure.HealthThresholds;
import io.reanimator.deriver.presence.ComponentFact;
import io.reanimator.deriver.topology.JsonSerde;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;

/**
 * The same work without Kafka: both stages of the core in memory, optionally with every state read and write
 * going through the JSON state serde as the stores do. Separates the core's cost from the broker's.
 */
final class CoreOnly {

    private CoreOnly() {
    }

    static double observationsPerSecond(List<Observation> fleet, boolean withStateSerde) {
        ObservationMapper mapper = new ObservationMapper(HealthThresholds.defaults(), FailureSettings.defaults());
        AssetDeriver assets = new AssetDeriver(120, FailureSettings.defaults());
        ComponentDeriver components = new ComponentDeriver(1000, FailureSettings.defaults());
        Serde<AssetHistory> assetSerde = JsonSerde.of(AssetHistory.class);
        Serde<ComponentHistory> componentSerde = JsonSerde.of(ComponentHistory.class);
        Map<String, byte[]> assetStore = new HashMap<>();
        Map<String, byte[]> componentStore = new HashMap<>();
        Map<String, AssetHistory> assetMemory = new HashMap<>();
        Map<String, ComponentHistory> componentMemory = new HashMap<>();
        long started = System.nanoTime();
        for (Observation observation : fleet) {
            var snapshot = mapper.toSnapshot(observation);
            AssetHistory before = withStateSerde
                    ? read(assetSerde, assetStore.get(snapshot.assetKey())) : assetMemory.get(snapshot.assetKey());
            AssetDerivation result = assets.decide(before, snapshot);
            if (withStateSerde) {
                assetStore.put(snapshot.assetKey(), assetSerde.serializer().serialize("", result.next()));
            } else {
                assetMemory.put(snapshot.assetKey(), result.next());
            }
            ArrayDeque<ComponentFact> facts = new ArrayDeque<>(result.facts());
            while (!facts.isEmpty()) {
                ComponentFact fact = facts.poll();
                String key = fact.componentKey();
                ComponentHistory history = withStateSerde
                        ? read(componentSerde, componentStore.get(key)) : componentMemory.get(key);
                ComponentDerivation derived = components.decide(history, fact);
                if (withStateSerde) {
                    componentStore.put(key, componentSerde.serializer().serialize("", derived.next()));
                } else {
                    componentMemory.put(key, derived.next());
                }
            }
        }
        return fleet.size() / ((System.nanoTime() - started) / 1e9);
    }

    private static <T> T read(Serde<T> serde, byte[] bytes) {
        return bytes == null ? null : serde.deserializer().deserialize("", bytes);
    }
}
