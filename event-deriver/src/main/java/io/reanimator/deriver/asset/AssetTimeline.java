package io.reanimator.deriver.asset;

import io.reanimator.deriver.history.EventType;
import io.reanimator.deriver.history.Evidence;
import io.reanimator.deriver.history.TimelineItem;
import io.reanimator.deriver.presence.PartState;
import io.reanimator.deriver.presence.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The asset's own timeline from its time-sorted snapshots: ASSET_FIRST_SEEN; ASSET_FIRMWARE_CHANGED (bios, bmc)
 * and LOCATION_CHANGED (site) where consecutive snapshots that state the value disagree; COMPONENT_ADDED and
 * COMPONENT_REMOVED where consecutive snapshots differ in the parts they show. A folded horizon snapshot serves as
 * the baseline and produces no events itself.
 */
final class AssetTimeline {

    private AssetTimeline() {
    }

    static List<TimelineItem> of(String assetKey, Snapshot horizon, List<Snapshot> snapshots) {
        List<TimelineItem> events = new ArrayList<>();
        if (horizon == null && !snapshots.isEmpty()) {
            Snapshot first = snapshots.get(0);
            events.add(TimelineItem.asset(assetKey, EventType.ASSET_FIRST_SEEN, first.collectedAt())
                    .evidence(Evidence.of(first.bundleId())).build());
        }
        events.addAll(attributeChanges(assetKey, horizon, snapshots, EventType.ASSET_FIRMWARE_CHANGED, "bios",
                Snapshot::bios));
        events.addAll(attributeChanges(assetKey, horizon, snapshots, EventType.ASSET_FIRMWARE_CHANGED, "bmc",
                Snapshot::bmc));
        events.addAll(attributeChanges(assetKey, horizon, snapshots, EventType.LOCATION_CHANGED, "site",
                Snapshot::site));
        events.addAll(partChanges(assetKey, horizon, snapshots));
        return events;
    }

    private static List<TimelineItem> attributeChanges(String assetKey, Snapshot horizon, List<Snapshot> snapshots,
            EventType type, String attribute, Function<Snapshot, String> value) {
        List<TimelineItem> events = new ArrayList<>();
        Snapshot last = horizon != null && value.apply(horizon) != null ? horizon : null;
        for (Snapshot snapshot : snapshots) {
            String now = value.apply(snapshot);
            if (now == null) {
                continue;
            }
            if (last != null && !now.equals(value.apply(last))) {
                events.add(TimelineItem.asset(assetKey, type, snapshot.collectedAt()).notBefore(last.collectedAt())
                        .change(attribute, value.apply(last), now)
                        .evidence(Evidence.of(last.bundleId(), snapshot.bundleId())).build());
            }
            last = snapshot;
        }
        return events;
    }

    private static List<TimelineItem> partChanges(String assetKey, Snapshot horizon, List<Snapshot> snapshots) {
        List<TimelineItem> events = new ArrayList<>();
        Snapshot previous = horizon;
        for (Snapshot snapshot : snapshots) {
            Map<String, PartState> before = parts(previous);
            Map<String, PartState> now = parts(snapshot);
            Long notBefore = previous == null ? null : previous.collectedAt();
            String previousBundle = previous == null ? null : previous.bundleId();
            now.forEach((key, part) -> {
                if (!before.containsKey(key)) {
                    events.add(partEvent(assetKey, EventType.COMPONENT_ADDED, snapshot.collectedAt(), part)
                            .notBefore(notBefore).evidence(Evidence.of(previousBundle, snapshot.bundleId())).build());
                }
            });
            before.forEach((key, part) -> {
                if (!now.containsKey(key)) {
                    events.add(partEvent(assetKey, EventType.COMPONENT_REMOVED, snapshot.collectedAt(), part)
                            .notBefore(notBefore).evidence(Evidence.of(previousBundle, snapshot.bundleId())).build());
                }
            });
            previous = snapshot;
        }
        return events;
    }

    private static TimelineItem.Builder partEvent(String assetKey, EventType type, long at, PartState part) {
        return TimelineItem.asset(assetKey, type, at).componentKey(part.componentKey()).componentType(part.type())
                .slot(part.slot());
    }

    private static Map<String, PartState> parts(Snapshot snapshot) {
        Map<String, PartState> parts = new TreeMap<>();
        if (snapshot != null) {
            snapshot.parts().forEach(p -> parts.putIfAbsent(p.componentKey(), p));
        }
        return parts;
    }
}
