package io.reanimator.deriver.presence;

import java.util.Comparator;
import java.util.List;

/**
 * "Snapshot {@code bundleId} of asset {@code assetKey} at {@code at} shows the component in {@code slot}" (present)
 * or "does not show it" (absent). Facts form a set: the same fact delivered twice is one fact. Ordered by time,
 * then asset key, then bundle id, so that ties are broken the same way whatever the arrival order.
 */
public record PresenceFact(String componentKey, String assetKey, long at, String bundleId, boolean present,
        String slot, String firmware, String type, boolean trusted, List<SignalVerdict> health) {

    public static final Comparator<PresenceFact> ORDER = Comparator.comparingLong(PresenceFact::at)
            .thenComparing(PresenceFact::assetKey).thenComparing(PresenceFact::bundleId);

    public PresenceFact {
        health = health == null ? List.of() : List.copyOf(health);
    }

    public static PresenceFact present(String assetKey, Snapshot snapshot, PartState part) {
        return new PresenceFact(part.componentKey(), assetKey, snapshot.collectedAt(), snapshot.bundleId(), true,
                part.slot(), part.firmware(), part.type(), part.trusted(), part.health());
    }

    public static PresenceFact absent(String componentKey, Snapshot snapshot) {
        return new PresenceFact(componentKey, snapshot.assetKey(), snapshot.collectedAt(), snapshot.bundleId(), false,
                null, null, null, false, List.of());
    }

    /** Identity of the fact within the set: one fact per component and snapshot. */
    public boolean sameSnapshot(PresenceFact other) {
        return at == other.at && assetKey.equals(other.assetKey) && bundleId.equals(other.bundleId);
    }

    public Verdict worst() {
        return health.stream().map(SignalVerdict::verdict).max(Enum::compareTo).orElse(Verdict.OK);
    }
}
