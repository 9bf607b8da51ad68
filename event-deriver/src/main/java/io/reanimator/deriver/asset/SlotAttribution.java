package io.reanimator.deriver.asset;

import io.reanimator.deriver.history.Evidence;
import io.reanimator.deriver.presence.AttributionFact;
import io.reanimator.deriver.presence.LogRecord;
import io.reanimator.deriver.presence.PartState;
import io.reanimator.deriver.presence.Snapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Attributes failure log entries (which name a slot, not a serial) to the part the asset's snapshots place in that
 * slot at the entry's time: the part in the slot in the latest snapshot at or before the entry, or, when there is
 * none (or the slot was empty there), in the earliest snapshot after it. A late snapshot can change the answer;
 * the asset stage then withdraws the old attribution and sends the new one.
 */
final class SlotAttribution {

    private SlotAttribution() {
    }

    /** Current attribution of every failure log entry of the asset, by log key. */
    static Map<String, AttributionFact> of(String assetKey, List<Snapshot> sortedSnapshots) {
        Map<String, LogRecord> entries = new TreeMap<>();
        Map<String, List<String>> bundles = new LinkedHashMap<>();
        for (Snapshot snapshot : sortedSnapshots) {
            for (LogRecord log : snapshot.failureLogs()) {
                entries.putIfAbsent(log.logKey(), log);
                bundles.computeIfAbsent(log.logKey(), k -> new ArrayList<>()).add(snapshot.bundleId());
            }
        }
        Map<String, AttributionFact> attributions = new TreeMap<>();
        entries.forEach((logKey, log) -> occupant(sortedSnapshots, log).ifPresent(part ->
                attributions.put(logKey, new AttributionFact(part.componentKey(), assetKey, logKey,
                        log.occurredAt(), log.source(), log.description(), part.slot(),
                        Evidence.capped(bundles.get(logKey)), true))));
        return attributions;
    }

    /** Keys of the log entries the given snapshots mention. */
    static java.util.Set<String> logKeys(List<Snapshot> snapshots) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        snapshots.forEach(s -> s.failureLogs().forEach(l -> keys.add(l.logKey())));
        return keys;
    }

    private static Optional<PartState> occupant(List<Snapshot> sorted, LogRecord log) {
        Optional<PartState> before = Optional.empty();
        Optional<PartState> after = Optional.empty();
        for (Snapshot snapshot : sorted) {
            Optional<PartState> inSlot = inSlot(snapshot, log.slotHint());
            if (snapshot.collectedAt() <= log.occurredAt()) {
                before = inSlot;
            } else if (after.isEmpty() && inSlot.isPresent()) {
                after = inSlot;
            }
        }
        return before.isPresent() ? before : after;
    }

    private static Optional<PartState> inSlot(Snapshot snapshot, String slotHint) {
        String hint = normalize(slotHint);
        return snapshot.parts().stream().filter(p -> p.slot() != null && matches(normalize(p.slot()), hint))
                .findFirst();
    }

    private static boolean matches(String slot, String hint) {
        return !slot.isEmpty() && !hint.isEmpty() && (slot.endsWith(hint) || hint.endsWith(slot));
    }

    static String normalize(String slot) {
        return slot == null ? "" : slot.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
