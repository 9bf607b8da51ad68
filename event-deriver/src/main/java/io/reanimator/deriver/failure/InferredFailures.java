package io.reanimator.deriver.failure;

import io.reanimator.deriver.history.Evidence;
import io.reanimator.deriver.presence.PartState;
import io.reanimator.deriver.presence.Snapshot;
import io.reanimator.deriver.presence.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Inferred failures, from one asset's time-sorted snapshots: a part with a trusted serial that was DEGRADED (not
 * already FAILING, which is a failure of its own) in one snapshot, is gone in the next, and whose slot then holds
 * another trusted serial, was probably replaced because it failed. Low confidence: parts are also swapped for
 * upgrades. The episode spans the stretch of consecutive degraded snapshots before the removal.
 */
public final class InferredFailures {

    public static final String SOURCE = "INFERRED";

    private InferredFailures() {
    }

    /** {@code previous} is the folded horizon snapshot (or null) that precedes {@code snapshots}. */
    public static List<FailureItem> of(Snapshot previous, List<Snapshot> snapshots, FailureSettings settings) {
        List<Snapshot> all = new ArrayList<>();
        if (previous != null) {
            all.add(previous);
        }
        all.addAll(snapshots);
        List<FailureItem> failures = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) {
            Snapshot before = all.get(i - 1);
            Snapshot now = all.get(i);
            int lastDegraded = i - 1;
            for (PartState part : before.parts()) {
                replacement(part, now).ifPresent(successor ->
                        failures.add(failure(all, lastDegraded, part, successor, now, settings)));
            }
        }
        return failures;
    }

    private static Optional<PartState> replacement(PartState part, Snapshot next) {
        if (!part.trusted() || part.worst() != Verdict.DEGRADED || part.slot() == null
                || next.part(part.componentKey()).isPresent()) {
            return Optional.empty();
        }
        return next.parts().stream().filter(p -> p.trusted() && part.slot().equals(p.slot())).findFirst();
    }

    private static FailureItem failure(List<Snapshot> all, int lastDegraded, PartState part, PartState successor,
            Snapshot removal, FailureSettings settings) {
        int first = lastDegraded;
        while (first > 0 && all.get(first - 1).part(part.componentKey())
                .filter(p -> p.worst() == Verdict.DEGRADED).isPresent()) {
            first--;
        }
        long firstSeenAt = all.get(first).collectedAt();
        List<String> bundles = new ArrayList<>();
        for (int i = first; i <= lastDegraded; i++) {
            bundles.add(all.get(i).bundleId());
        }
        bundles.add(removal.bundleId());
        String reasons = part.health().stream().filter(v -> v.verdict() != Verdict.OK)
                .map(v -> v.source() + ": " + v.reason()).sorted().collect(Collectors.joining("; "));
        return new FailureItem(FailureItem.idOf(part.componentKey(), SOURCE, firstSeenAt), part.componentKey(),
                removal.assetKey(), part.slot(), part.type(), SOURCE, settings.inferredConfidence(),
                "removed after degraded health (" + reasons + ") and replaced by " + successor.componentKey()
                        + " in slot " + part.slot(),
                firstSeenAt, all.get(lastDegraded).collectedAt(), false, Evidence.capped(bundles),
                Map.of());
    }
}
