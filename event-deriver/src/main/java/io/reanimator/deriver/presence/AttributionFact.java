package io.reanimator.deriver.presence;

import java.util.List;

/**
 * "The failure log entry {@code logKey} of asset {@code assetKey} is (or, with {@code attributed} false, is no
 * longer) attributed to this component", decided by the asset stage from who sat in the named slot at the time.
 * The latest fact for one (asset, logKey) wins: the asset stage sends them in order, per key.
 */
public record AttributionFact(String componentKey, String assetKey, String logKey, long occurredAt, String source,
        String description, String slot, List<String> evidenceBundleIds, boolean attributed) {

    public AttributionFact {
        evidenceBundleIds = evidenceBundleIds == null ? List.of() : List.copyOf(evidenceBundleIds);
    }

    public String storeKey() {
        return assetKey + "#" + logKey;
    }

    public AttributionFact withdrawn() {
        return new AttributionFact(componentKey, assetKey, logKey, occurredAt, source, description, slot,
                evidenceBundleIds, false);
    }
}
