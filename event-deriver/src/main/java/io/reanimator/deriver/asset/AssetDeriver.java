package io.reanimator.deriver.asset;

import io.reanimator.deriver.failure.FailureItem;
import io.reanimator.deriver.failure.FailureSettings;
import io.reanimator.deriver.failure.HealthTimeline;
import io.reanimator.deriver.failure.InferredFailures;
import io.reanimator.deriver.history.Diff;
import io.reanimator.deriver.history.TimelineItem;
import io.reanimator.deriver.presence.AttributionFact;
import io.reanimator.deriver.presence.ComponentFact;
import io.reanimator.deriver.presence.PartState;
import io.reanimator.deriver.presence.PresenceFact;
import io.reanimator.deriver.presence.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

/**
 * The asset stage: {@code decide(history, snapshot)} inserts the snapshot among the asset's snapshots (any arrival
 * order; the same bundle twice is a no-op) and returns the presence facts it implies — for the new snapshot, one
 * per component ever seen in the asset; for a component new to the asset, also ABSENT at the asset's other
 * snapshot times — plus slot attributions of failure log entries and the asset's own timeline and inferred
 * failures, as differences to what was last published.
 */
public final class AssetDeriver {

    private final int maxSnapshotsPerAsset;
    private final FailureSettings failureSettings;

    public AssetDeriver(int maxSnapshotsPerAsset, FailureSettings failureSettings) {
        if (maxSnapshotsPerAsset < 2) {
            throw new IllegalArgumentException("maxSnapshotsPerAsset must be at least 2");
        }
        this.maxSnapshotsPerAsset = maxSnapshotsPerAsset;
        this.failureSettings = failureSettings;
    }

    public AssetDerivation decide(AssetHistory history, Snapshot snapshot) {
        AssetHistory current = history == null ? AssetHistory.empty(snapshot.assetKey()) : history;
        if (current.snapshots().stream().anyMatch(s -> s.bundleId().equals(snapshot.bundleId()))) {
            return new AssetDerivation(current, List.of(), List.of(), List.of());
        }
        if (current.horizon() != null && Snapshot.ORDER.compare(snapshot, current.horizon()) <= 0) {
            return beyondHorizon(current, snapshot);
        }
        List<ComponentFact> facts = presenceFacts(current, snapshot);
        List<Snapshot> snapshots = new ArrayList<>(current.snapshots());
        snapshots.add(snapshot.compact());
        snapshots.sort(Snapshot.ORDER);
        Snapshot horizon = current.horizon();
        long folded = current.foldedSnapshots();
        while (snapshots.size() > maxSnapshotsPerAsset) {
            horizon = snapshots.remove(0);
            folded++;
        }
        Long firstSeen = current.firstSeenAt() == null ? snapshot.collectedAt()
                : Math.min(current.firstSeenAt(), snapshot.collectedAt());
        return derive(current, new AssetHistory(current.assetKey(), snapshots, horizon, folded, firstSeen,
                current.events(), current.failures(), current.attributions()), facts);
    }

    /** Older than everything kept: its own components' presence still counts; the asset's timeline is frozen. */
    private static AssetDerivation beyondHorizon(AssetHistory history, Snapshot snapshot) {
        List<ComponentFact> facts = snapshot.parts().stream()
                .map(p -> ComponentFact.of(PresenceFact.present(snapshot.assetKey(), snapshot, p))).toList();
        AssetHistory next = new AssetHistory(history.assetKey(), history.snapshots(), history.horizon(),
                history.foldedSnapshots() + 1, Math.min(history.firstSeenAt(), snapshot.collectedAt()),
                history.events(), history.failures(), history.attributions());
        return new AssetDerivation(next, facts, List.of(), List.of());
    }

    private static List<ComponentFact> presenceFacts(AssetHistory history, Snapshot snapshot) {
        TreeSet<String> known = new TreeSet<>();
        history.snapshots().forEach(s -> s.parts().forEach(p -> known.add(p.componentKey())));
        if (history.horizon() != null) {
            history.horizon().parts().forEach(p -> known.add(p.componentKey()));
        }
        List<ComponentFact> facts = new ArrayList<>();
        Map<String, PartState> now = new LinkedHashMap<>();
        snapshot.parts().forEach(p -> now.putIfAbsent(p.componentKey(), p));
        TreeSet<String> all = new TreeSet<>(known);
        all.addAll(now.keySet());
        for (String key : all) {
            PartState part = now.get(key);
            facts.add(ComponentFact.of(part != null ? PresenceFact.present(snapshot.assetKey(), snapshot, part)
                    : PresenceFact.absent(key, snapshot)));
        }
        for (String key : now.keySet()) {
            if (!known.contains(key)) {
                history.snapshots().forEach(other -> facts.add(ComponentFact.of(PresenceFact.absent(key, other))));
            }
        }
        return facts;
    }

    private AssetDerivation derive(AssetHistory before, AssetHistory next, List<ComponentFact> facts) {
        long frozen = next.frozenUpTo();
        List<FailureItem> inferred = InferredFailures.of(next.horizon(), next.snapshots(), failureSettings);
        List<TimelineItem> events = new ArrayList<>(AssetTimeline.of(next.assetKey(), next.horizon(),
                next.snapshots()));
        events.addAll(HealthTimeline.detections(inferred));
        Map<String, TimelineItem> timeline = byId(events, TimelineItem::id, TimelineItem::occurredAt, frozen);
        Map<String, FailureItem> failures = byId(inferred, FailureItem::id, FailureItem::firstSeenAt, frozen);
        Map<String, AttributionFact> attributions = SlotAttribution.of(next.assetKey(), next.snapshots());

        List<ComponentFact> out = new ArrayList<>(facts);
        out.addAll(attributionChanges(before.attributions(), attributions, SlotAttribution.logKeys(next.snapshots())));
        AssetHistory stored = new AssetHistory(next.assetKey(), next.snapshots(), next.horizon(),
                next.foldedSnapshots(), next.firstSeenAt(), timeline, failures, attributions);
        return new AssetDerivation(stored, out,
                Diff.between(unfrozen(before.events(), TimelineItem::occurredAt, frozen), timeline),
                Diff.between(unfrozen(before.failures(), FailureItem::firstSeenAt, frozen), failures));
    }

    /**
     * Withdraw attributions whose part changed or that no part explains any more (a late snapshot showed the slot
     * empty), send new or changed ones. An entry no retained snapshot mentions was folded away with its
     * snapshots: it stays with its part, unchanged.
     */
    private static List<ComponentFact> attributionChanges(Map<String, AttributionFact> published,
            Map<String, AttributionFact> current, java.util.Set<String> retainedLogKeys) {
        List<ComponentFact> changes = new ArrayList<>();
        published.forEach((logKey, before) -> {
            if (!current.containsKey(logKey) && retainedLogKeys.contains(logKey)) {
                changes.add(ComponentFact.of(before.withdrawn()));
            }
        });
        current.forEach((logKey, now) -> {
            AttributionFact before = published.get(logKey);
            if (before != null && !before.componentKey().equals(now.componentKey())) {
                changes.add(ComponentFact.of(before.withdrawn()));
            }
            if (!Objects.equals(before, now)) {
                changes.add(ComponentFact.of(now));
            }
        });
        return changes;
    }

    private static <T> Map<String, T> byId(List<T> items, java.util.function.Function<T, String> id,
            ToLongFunction<T> definedAt, long frozenUpTo) {
        Map<String, T> byId = new LinkedHashMap<>();
        items.stream().filter(i -> definedAt.applyAsLong(i) > frozenUpTo).forEach(i -> byId.put(id.apply(i), i));
        return byId;
    }

    private static <T> Map<String, T> unfrozen(Map<String, T> published, ToLongFunction<T> definedAt,
            long frozenUpTo) {
        Map<String, T> kept = new HashMap<>();
        published.forEach((id, item) -> {
            if (definedAt.applyAsLong(item) > frozenUpTo) {
                kept.put(id, item);
            }
        });
        return kept;
    }
}
