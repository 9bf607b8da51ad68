package io.reanimator.deriver.failure;

import io.reanimator.schemas.id.DeterministicIds;
import java.util.List;
import java.util.Map;

/** One failure episode as the deriver computes it; mirrors the FailureEvent contract. */
public record FailureItem(String id, String componentKey, String assetKey, String slot, String componentType,
        String source, double confidence, String reason, long firstSeenAt, long lastSeenAt, boolean open,
        List<String> evidenceBundleIds, Map<String, Double> metrics) {

    public FailureItem {
        evidenceBundleIds = evidenceBundleIds == null ? List.of() : List.copyOf(evidenceBundleIds);
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
    }

    /** The contract's recipe: componentKey, source, firstSeenAt. */
    public static String idOf(String componentKey, String source, long firstSeenAt) {
        return DeterministicIds.of(componentKey, source, Long.toString(firstSeenAt));
    }
}
