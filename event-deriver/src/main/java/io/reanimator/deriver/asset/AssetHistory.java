package io.reanimator.deriver.asset;

import io.reanimator.deriver.failure.FailureItem;
import io.reanimator.deriver.history.TimelineItem;
import io.reanimator.deriver.presence.AttributionFact;
import io.reanimator.deriver.presence.Snapshot;
import java.util.List;
import java.util.Map;

/**
 * Everything the asset stage keeps per asset: its compact snapshots sorted by collection time (at most the
 * configured cap), the last snapshot folded away ({@code horizon}, null while nothing was folded) with the count
 * and first time of all folded ones, and what it last published, by id.
 */
public record AssetHistory(String assetKey, List<Snapshot> snapshots, Snapshot horizon, long foldedSnapshots,
        Long firstSeenAt, Map<String, TimelineItem> events, Map<String, FailureItem> failures,
        Map<String, AttributionFact> attributions) {

    public AssetHistory {
        snapshots = List.copyOf(snapshots);
        events = Map.copyOf(events);
        failures = Map.copyOf(failures);
        attributions = Map.copyOf(attributions);
    }

    public static AssetHistory empty(String assetKey) {
        return new AssetHistory(assetKey, List.of(), null, 0, null, Map.of(), Map.of(), Map.of());
    }

    /** Items defined at or before this time are frozen: the snapshots that defined them were folded. */
    public long frozenUpTo() {
        return horizon == null ? Long.MIN_VALUE : horizon.collectedAt();
    }
}
