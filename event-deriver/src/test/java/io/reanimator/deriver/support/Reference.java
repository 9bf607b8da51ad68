package io.reanimator.deriver.support;

import io.reanimator.deriver.installation.InstallationItem;
import io.reanimator.deriver.presence.PartState;
import io.reanimator.deriver.presence.Snapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A deliberately plain, batch computation of what the deriver must end up believing, straight from the
 * time-sorted snapshots, written independently of the incremental code: for every component, look at every
 * snapshot of every asset it was ever seen in; an interval starts at a snapshot showing it in (asset, slot)
 * unless the previous snapshot that speaks about that asset (or shows the part anywhere) already did; it ends at
 * the first later snapshot of that asset not showing it there, or showing it anywhere else.
 */
public final class Reference {

    private Reference() {
    }

    public record FirmwareChange(String componentKey, long at, String from, String to) {
    }

    public static Map<String, InstallationItem> installations(List<Snapshot> all) {
        List<Snapshot> sorted = distinctSorted(all);
        Map<String, InstallationItem> result = new TreeMap<>();
        for (String component : components(sorted)) {
            Set<String> assets = new TreeSet<>();
            sorted.forEach(s -> s.part(component).ifPresent(p -> assets.add(s.assetKey())));
            List<Snapshot> relevant = sorted.stream().filter(s -> assets.contains(s.assetKey())).toList();
            for (int i = 0; i < relevant.size(); i++) {
                Snapshot start = relevant.get(i);
                Optional<PartState> part = start.part(component);
                if (part.isEmpty() || continuesEarlier(relevant, i, component, part.get())) {
                    continue;
                }
                result.putAll(Map.of(interval(relevant, i, component, part.get()).id(),
                        interval(relevant, i, component, part.get())));
            }
        }
        return result;
    }

    private static boolean continuesEarlier(List<Snapshot> relevant, int index, String component, PartState part) {
        Snapshot previous = previousSpeaking(relevant, index, component, relevant.get(index).assetKey());
        return previous != null && previous.assetKey().equals(relevant.get(index).assetKey())
                && previous.part(component).filter(p -> Objects.equals(p.slot(), part.slot())).isPresent();
    }

    private static Snapshot previousSpeaking(List<Snapshot> relevant, int index, String component, String asset) {
        for (int j = index - 1; j >= 0; j--) {
            Snapshot s = relevant.get(j);
            if (s.assetKey().equals(asset) || s.part(component).isPresent()) {
                return s;
            }
        }
        return null;
    }

    private static InstallationItem interval(List<Snapshot> relevant, int startIndex, String component,
            PartState part) {
        Snapshot start = relevant.get(startIndex);
        Snapshot before = previousSpeaking(relevant, startIndex, component, start.assetKey());
        Snapshot last = start;
        Snapshot end = null;
        for (int k = startIndex + 1; k < relevant.size() && end == null; k++) {
            Snapshot s = relevant.get(k);
            Optional<PartState> here = s.part(component);
            boolean sameAsset = s.assetKey().equals(start.assetKey());
            if (sameAsset && here.filter(p -> Objects.equals(p.slot(), part.slot())).isPresent()) {
                last = s;
            } else if (sameAsset || here.isPresent()) {
                end = s;
            }
        }
        LinkedHashSet<String> evidence = new LinkedHashSet<>();
        if (before != null) {
            evidence.add(before.bundleId());
        }
        evidence.add(start.bundleId());
        evidence.add(last.bundleId());
        if (end != null) {
            evidence.add(end.bundleId());
        }
        return new InstallationItem(InstallationItem.idOf(component, start.assetKey(), part.slot(),
                start.collectedAt()), component, start.assetKey(), part.slot(), start.collectedAt(),
                before == null ? null : before.collectedAt(), last.collectedAt(),
                end == null ? null : end.collectedAt(), List.copyOf(evidence));
    }

    /** A component's movement, as "TYPE component at from->to" lines. */
    public record Movement(String componentKey, String type, long at, String from, String to) {
    }

    /** INSTALLED, REMOVED, MOVED and SLOT_CHANGED, read off the reference intervals of each component. */
    public static Set<Movement> movements(List<Snapshot> all) {
        Set<Movement> movements = new TreeSet<>(Comparator.comparing(Movement::componentKey)
                .thenComparingLong(Movement::at).thenComparing(Movement::type));
        Map<String, List<InstallationItem>> byComponent = new TreeMap<>();
        installations(all).values().forEach(i -> byComponent.computeIfAbsent(i.componentKey(),
                k -> new ArrayList<>()).add(i));
        byComponent.forEach((component, intervals) -> {
            intervals.sort(Comparator.comparingLong(InstallationItem::installedAt));
            for (int i = 0; i < intervals.size(); i++) {
                InstallationItem now = intervals.get(i);
                movements.add(new Movement(component, "INSTALLED", now.installedAt(), null,
                        now.assetKey() + "/" + now.slot()));
                if (now.removedAt() != null) {
                    movements.add(new Movement(component, "REMOVED", now.removedAt(),
                            now.assetKey() + "/" + now.slot(), null));
                }
                InstallationItem before = i > 0 ? intervals.get(i - 1) : null;
                boolean reinstalledInPlace = before != null && before.assetKey().equals(now.assetKey())
                        && Objects.equals(before.slot(), now.slot());
                if (before != null && !reinstalledInPlace) {
                    String type = before.assetKey().equals(now.assetKey()) ? "SLOT_CHANGED" : "MOVED";
                    movements.add(new Movement(component, type, now.installedAt(),
                            before.assetKey() + "/" + before.slot(), now.assetKey() + "/" + now.slot()));
                }
            }
        });
        return movements;
    }

    public static Set<FirmwareChange> firmwareChanges(List<Snapshot> all) {
        List<Snapshot> sorted = distinctSorted(all);
        Set<FirmwareChange> changes = new TreeSet<>(Comparator.comparing(FirmwareChange::componentKey)
                .thenComparingLong(FirmwareChange::at));
        for (String component : components(sorted)) {
            String known = null;
            for (Snapshot s : sorted) {
                String fw = s.part(component).map(PartState::firmware).orElse(null);
                if (fw != null && known != null && !fw.equals(known)) {
                    changes.add(new FirmwareChange(component, s.collectedAt(), known, fw));
                }
                known = fw != null ? fw : known;
            }
        }
        return changes;
    }

    private static List<Snapshot> distinctSorted(List<Snapshot> all) {
        Map<String, Snapshot> byBundle = new TreeMap<>();
        all.forEach(s -> byBundle.putIfAbsent(s.bundleId(), s));
        List<Snapshot> sorted = new ArrayList<>(byBundle.values());
        sorted.sort(Comparator.comparingLong(Snapshot::collectedAt).thenComparing(Snapshot::assetKey)
                .thenComparing(Snapshot::bundleId));
        return sorted;
    }

    private static Set<String> components(List<Snapshot> sorted) {
        Set<String> keys = new TreeSet<>();
        sorted.forEach(s -> s.parts().forEach(p -> keys.add(p.componentKey())));
        return keys;
    }
}
