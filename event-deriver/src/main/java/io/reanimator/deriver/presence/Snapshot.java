package io.reanimator.deriver.presence;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What one bundle showed about one asset at {@code collectedAt} (epoch microseconds): the domain view of an
 * Observation. Snapshots of an asset are ordered by collection time, ties broken by bundle id.
 */
public record Snapshot(String assetKey, String bundleId, long collectedAt, String bios, String bmc, String site,
        List<PartState> parts, List<LogRecord> failureLogs) {

    public static final Comparator<Snapshot> ORDER =
            Comparator.comparingLong(Snapshot::collectedAt).thenComparing(Snapshot::bundleId);

    public Snapshot {
        parts = parts == null ? List.of() : List.copyOf(parts);
        failureLogs = failureLogs == null ? List.of() : List.copyOf(failureLogs);
    }

    public Optional<PartState> part(String componentKey) {
        return parts.stream().filter(p -> p.componentKey().equals(componentKey)).findFirst();
    }

    /** What the per-asset history keeps of a snapshot (see {@link PartState#compact()}). */
    public Snapshot compact() {
        return new Snapshot(assetKey, bundleId, collectedAt, bios, bmc, site,
                parts.stream().map(PartState::compact).toList(), failureLogs);
    }
}
