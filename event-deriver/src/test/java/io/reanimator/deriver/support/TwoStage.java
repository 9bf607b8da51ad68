package io.reanimator.deriver.support;

import io.reanimator.deriver.asset.AssetDerivation;
import io.reanimator.deriver.asset.AssetDeriver;
import io.reanimator.deriver.asset.AssetHistory;
import io.reanimator.deriver.component.ComponentDerivation;
import io.reanimator.deriver.component.ComponentDeriver;
import io.reanimator.deriver.component.ComponentHistory;
import io.reanimator.deriver.failure.FailureItem;
import io.reanimator.deriver.failure.FailureSettings;
import io.reanimator.deriver.history.Change;
import io.reanimator.deriver.history.TimelineItem;
import io.reanimator.deriver.installation.InstallationItem;
import io.reanimator.deriver.presence.ComponentFact;
import io.reanimator.deriver.presence.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Both stages of the core wired in memory, the way the topology wires them, plus a sink that applies the
 * published changes by id: the "current belief" a consumer of the output topics would hold. With a random
 * source, facts in flight are delivered in a random order that keeps only what Kafka keeps: per (asset,
 * component), the order in which the asset stage sent them.
 */
public final class TwoStage {

    private final AssetDeriver assets;
    private final ComponentDeriver components;
    private final Random interleaving;
    private final Map<String, AssetHistory> assetStore = new HashMap<>();
    private final Map<String, ComponentHistory> componentStore = new HashMap<>();
    private final List<ComponentFact> inFlight = new ArrayList<>();
    public final Map<String, InstallationItem> installations = new TreeMap<>();
    public final Map<String, TimelineItem> events = new TreeMap<>();
    public final Map<String, FailureItem> failures = new TreeMap<>();
    public final List<Change<?>> published = new ArrayList<>();

    public TwoStage(int maxSnapshots, int maxFacts, Random interleaving) {
        this.assets = new AssetDeriver(maxSnapshots, FailureSettings.defaults());
        this.components = new ComponentDeriver(maxFacts, FailureSettings.defaults());
        this.interleaving = interleaving;
    }

    public TwoStage() {
        this(10_000, 100_000, null);
    }

    public TwoStage feed(Snapshot... snapshots) {
        for (Snapshot snapshot : snapshots) {
            AssetDerivation result = assets.decide(assetStore.get(snapshot.assetKey()), snapshot);
            assetStore.put(snapshot.assetKey(), result.next());
            apply(result.events(), events);
            apply(result.failures(), failures);
            inFlight.addAll(result.facts());
            if (interleaving == null) {
                drain();
            } else {
                deliverSome();
            }
        }
        return this;
    }

    /** Delivers every fact still in flight. */
    public TwoStage drain() {
        while (!inFlight.isEmpty()) {
            deliver(interleaving == null ? 0 : pickDeliverable());
        }
        return this;
    }

    public void clearPublished() {
        published.clear();
    }

    public AssetHistory asset(String key) {
        return assetStore.get(key);
    }

    public ComponentHistory component(String key) {
        return componentStore.get(key);
    }

    private void deliverSome() {
        int count = interleaving.nextInt(inFlight.size() + 1);
        for (int i = 0; i < count && !inFlight.isEmpty(); i++) {
            deliver(pickDeliverable());
        }
    }

    private int pickDeliverable() {
        int candidate = interleaving.nextInt(inFlight.size());
        ComponentFact chosen = inFlight.get(candidate);
        for (int i = 0; i < candidate; i++) {
            if (sameLane(inFlight.get(i), chosen)) {
                return i;
            }
        }
        return candidate;
    }

    private static boolean sameLane(ComponentFact a, ComponentFact b) {
        return a.componentKey().equals(b.componentKey()) && assetOf(a).equals(assetOf(b));
    }

    private static String assetOf(ComponentFact fact) {
        return fact.presence() != null ? fact.presence().assetKey() : fact.attribution().assetKey();
    }

    private void deliver(int index) {
        ComponentFact fact = inFlight.remove(index);
        ComponentDerivation result = components.decide(componentStore.get(fact.componentKey()), fact);
        componentStore.put(fact.componentKey(), result.next());
        apply(result.installations(), installations);
        apply(result.events(), events);
        apply(result.failures(), failures);
    }

    private <T> void apply(List<Change<T>> changes, Map<String, T> state) {
        for (Change<T> change : changes) {
            published.add(change);
            if (change.kind() == Change.Kind.UPSERT) {
                state.put(change.id(), change.item());
            } else {
                state.remove(change.id());
            }
        }
    }
}
