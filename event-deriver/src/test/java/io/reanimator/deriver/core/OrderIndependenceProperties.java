package io.reanimator.deriver.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.reanimator.deriver.history.EventType;
import io.reanimator.deriver.presence.Snapshot;
import io.reanimator.deriver.support.Reference;
import io.reanimator.deriver.support.TrueHistory;
import io.reanimator.deriver.support.TwoStage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Derived history is a function of the set of observations: random true histories, rendered to snapshots,
 * delivered in many random orders with duplicates (and with the component stage's input interleaved at random,
 * keeping only Kafka's per-key order) end in the same published state, equal to a batch reference computation.
 */
class OrderIndependenceProperties {

    @Property(tries = 150)
    void shouldDeriveTheSameHistoryWhateverTheArrivalOrder(@ForAll long seed, @ForAll @IntRange(min = 3, max = 14)
            int days, @ForAll @IntRange(min = 1, max = 6) int parts) {
        // given
        List<Snapshot> history = TrueHistory.render(seed, days, parts);
        TwoStage inOrder = new TwoStage().feed(history.toArray(Snapshot[]::new));
        // when
        List<TwoStage> shuffled = new ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) {
            Random random = new Random(seed * 31 + attempt);
            shuffled.add(new TwoStage(10_000, 100_000, random).feed(arrival(history, random)).drain());
        }
        // then
        for (TwoStage other : shuffled) {
            assertThat(differences(other.installations, inOrder.installations)).isEmpty();
            assertThat(differences(other.events, inOrder.events)).isEmpty();
            assertThat(differences(other.failures, inOrder.failures)).isEmpty();
        }
        assertThat(differences(inOrder.installations, Reference.installations(history))).isEmpty();
        assertThat(firmwareChanges(inOrder)).isEqualTo(Reference.firmwareChanges(history));
        assertThat(movements(inOrder)).isEqualTo(Reference.movements(history));
    }

    private static Set<Reference.Movement> movements(TwoStage deriver) {
        Set<EventType> types = Set.of(EventType.INSTALLED, EventType.REMOVED, EventType.MOVED,
                EventType.SLOT_CHANGED);
        return deriver.events.values().stream().filter(e -> !e.assetSubject() && types.contains(e.type()))
                .map(e -> switch (e.type()) {
                    case INSTALLED -> new Reference.Movement(e.componentKey(), "INSTALLED", e.occurredAt(), null,
                            e.assetKey() + "/" + e.slot());
                    case REMOVED -> new Reference.Movement(e.componentKey(), "REMOVED", e.occurredAt(),
                            e.assetKey() + "/" + e.slot(), null);
                    default -> new Reference.Movement(e.componentKey(), e.type().name(), e.occurredAt(),
                            e.fromAssetKey() + "/" + e.fromSlot(), e.toAssetKey() + "/" + e.toSlot());
                })
                .collect(Collectors.toCollection(() -> new java.util.TreeSet<>(
                        java.util.Comparator.comparing(Reference.Movement::componentKey)
                                .thenComparingLong(Reference.Movement::at).thenComparing(Reference.Movement::type))));
    }

    @Property(tries = 60)
    void shouldNotChangeIntervalsWhenCompactionFoldsRedundantFacts(@ForAll long seed,
            @ForAll @IntRange(min = 10, max = 30) int days) {
        // given: a small fact cap forces compaction of long unchanged stretches
        List<Snapshot> history = TrueHistory.render(seed, days, 2);
        // when
        TwoStage capped = new TwoStage(10_000, 40, null).feed(history.toArray(Snapshot[]::new));
        // then: in time order, folding redundant facts keeps every interval bound
        Set<String> boundsCapped = bounds(capped);
        Set<String> boundsFull = bounds(new TwoStage().feed(history.toArray(Snapshot[]::new)));
        boolean onlyFolded = java.util.stream.Stream.of("vendor|P0", "vendor|P1").map(capped::component)
                .allMatch(c -> c == null || c.frozenBefore() == Long.MIN_VALUE);
        net.jqwik.api.statistics.Statistics.label("folded without a hard cut").collect(onlyFolded);
        if (onlyFolded) {
            assertThat(boundsCapped).isEqualTo(boundsFull);
            assertThat(capped.component("vendor|P0") == null
                    || capped.component("vendor|P0").facts().size() <= 40).isTrue();
        }
    }

    /** The entries on which two published states disagree, both sides shown (the full maps are too long to read). */
    static <T> List<String> differences(java.util.Map<String, T> actual, java.util.Map<String, T> expected) {
        java.util.TreeSet<String> ids = new java.util.TreeSet<>(actual.keySet());
        ids.addAll(expected.keySet());
        return ids.stream().filter(id -> !java.util.Objects.equals(actual.get(id), expected.get(id)))
                .map(id -> "actual " + actual.get(id) + "\n   expected " + expected.get(id)).toList();
    }

    private static Set<String> bounds(TwoStage deriver) {
        return deriver.installations.values().stream().map(i -> i.componentKey() + i.assetKey() + i.slot()
                + i.installedAt() + "/" + i.installedNotBefore() + "/" + i.lastSeenPresentAt() + "/" + i.removedAt())
                .collect(Collectors.toSet());
    }

    private static Snapshot[] arrival(List<Snapshot> history, Random random) {
        List<Snapshot> deliveries = new ArrayList<>(history);
        int duplicates = history.isEmpty() ? 0 : random.nextInt(history.size() + 1);
        for (int i = 0; i < duplicates; i++) {
            deliveries.add(history.get(random.nextInt(history.size())));
        }
        Collections.shuffle(deliveries, random);
        return deliveries.toArray(Snapshot[]::new);
    }

    private static Set<Reference.FirmwareChange> firmwareChanges(TwoStage deriver) {
        return deriver.events.values().stream().filter(e -> e.type() == EventType.FIRMWARE_CHANGED)
                .map(e -> new Reference.FirmwareChange(e.componentKey(), e.occurredAt(), e.fromValue(), e.toValue()))
                .collect(Collectors.toCollection(() -> new java.util.TreeSet<>(
                        java.util.Comparator.comparing(Reference.FirmwareChange::componentKey)
                                .thenComparingLong(Reference.FirmwareChange::at))));
    }
}
