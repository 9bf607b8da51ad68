package io.reanimator.deriver.component;

import io.reanimator.deriver.failure.FailureItem;
import io.reanimator.deriver.failure.FailureSettings;
import io.reanimator.deriver.failure.HealthEpisodes;
import io.reanimator.deriver.failure.HealthTimeline;
import io.reanimator.deriver.failure.LogEpisodes;
import io.reanimator.deriver.firmware.FirmwareChanges;
import io.reanimator.deriver.history.Diff;
import io.reanimator.deriver.history.TimelineItem;
import io.reanimator.deriver.installation.ComponentTimeline;
import io.reanimator.deriver.installation.InstallationItem;
import io.reanimator.deriver.installation.InstallationRuns;
import io.reanimator.deriver.installation.Run;
import io.reanimator.deriver.presence.AttributionFact;
import io.reanimator.deriver.presence.ComponentFact;
import io.reanimator.deriver.presence.PresenceFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The component stage: {@code decide(history, fact)} adds the fact to the set, recomputes the component's
 * installations, timeline and failure episodes from its time-sorted facts, and returns the difference to what
 * was last published. The result depends only on the set of facts, never on their arrival order.
 */
public final class ComponentDeriver {

    private final int maxFactsPerComponent;
    private final FailureSettings failureSettings;

    public ComponentDeriver(int maxFactsPerComponent, FailureSettings failureSettings) {
        if (maxFactsPerComponent < 8) {
            throw new IllegalArgumentException("maxFactsPerComponent must be at least 8");
        }
        this.maxFactsPerComponent = maxFactsPerComponent;
        this.failureSettings = failureSettings;
    }

    public ComponentDerivation decide(ComponentHistory history, ComponentFact fact) {
        ComponentHistory current = history == null ? ComponentHistory.empty(fact.componentKey()) : history;
        ComponentHistory withFact = fact.presence() != null
                ? withPresence(current, fact.presence()) : withAttribution(current, fact.attribution());
        if (withFact == current) {
            return new ComponentDerivation(current, List.of(), List.of(), List.of());
        }
        return derive(withFact);
    }

    private ComponentHistory withPresence(ComponentHistory history, PresenceFact fact) {
        if (fact.at() < history.frozenBefore()
                || history.facts().stream().anyMatch(f -> f.sameSnapshot(fact))) {
            return history;
        }
        List<PresenceFact> facts = new ArrayList<>(history.facts());
        facts.add(fact);
        facts.sort(PresenceFact.ORDER);
        FactCompaction.Result compacted = FactCompaction.compact(facts, maxFactsPerComponent,
                history.frozenBefore());
        return new ComponentHistory(history.componentKey(), compacted.facts(), history.attributions(),
                history.compactedFacts() + compacted.folded(), compacted.frozenBefore(), history.installations(),
                history.events(), history.failures());
    }

    private static ComponentHistory withAttribution(ComponentHistory history, AttributionFact fact) {
        Map<String, AttributionFact> attributions = new HashMap<>(history.attributions());
        AttributionFact before = fact.attributed()
                ? attributions.put(fact.storeKey(), fact) : attributions.remove(fact.storeKey());
        if (fact.attributed() ? fact.equals(before) : before == null) {
            return history;
        }
        return new ComponentHistory(history.componentKey(), history.facts(), attributions,
                history.compactedFacts(), history.frozenBefore(), history.installations(), history.events(),
                history.failures());
    }

    private ComponentDerivation derive(ComponentHistory history) {
        List<Run> runs = InstallationRuns.of(history.facts());
        String type = history.facts().isEmpty() ? null : history.facts().get(history.facts().size() - 1).type();
        List<FailureItem> failures = new ArrayList<>(HealthEpisodes.of(runs, failureSettings));
        List<AttributionFact> attributions = history.attributions().values().stream()
                .sorted(java.util.Comparator.comparing(AttributionFact::storeKey)).toList();
        failures.addAll(LogEpisodes.of(history.componentKey(), type, runs, attributions, failureSettings));
        List<TimelineItem> events = new ArrayList<>(ComponentTimeline.of(runs));
        events.addAll(FirmwareChanges.of(history.facts()));
        events.addAll(HealthTimeline.degradations(runs));
        events.addAll(HealthTimeline.detections(failures));

        long frozen = history.frozenBefore();
        Map<String, InstallationItem> installations = byId(runs.stream().map(Run::toInstallation).toList(),
                InstallationItem::id, InstallationItem::installedAt, frozen);
        Map<String, TimelineItem> timeline = byId(events, TimelineItem::id, TimelineItem::occurredAt, frozen);
        Map<String, FailureItem> episodes = byId(failures, FailureItem::id, FailureItem::firstSeenAt, frozen);
        Map<String, InstallationItem> publishedInstallations =
                unfrozen(history.installations(), InstallationItem::installedAt, frozen);
        Map<String, TimelineItem> publishedEvents = unfrozen(history.events(), TimelineItem::occurredAt, frozen);
        Map<String, FailureItem> publishedFailures = unfrozen(history.failures(), FailureItem::firstSeenAt, frozen);
        ComponentHistory next = new ComponentHistory(history.componentKey(), history.facts(), history.attributions(),
                history.compactedFacts(), frozen, installations, timeline, episodes);
        return new ComponentDerivation(next, Diff.between(publishedInstallations, installations),
                Diff.between(publishedEvents, timeline), Diff.between(publishedFailures, episodes));
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id, ToLongFunction<T> definedAt,
            long frozenBefore) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T item : items) {
            if (definedAt.applyAsLong(item) >= frozenBefore) {
                byId.put(id.apply(item), item);
            }
        }
        return byId;
    }

    private static <T> Map<String, T> unfrozen(Map<String, T> published, ToLongFunction<T> definedAt,
            long frozenBefore) {
        Map<String, T> kept = new HashMap<>();
        published.forEach((id, item) -> {
            if (definedAt.applyAsLong(item) >= frozenBefore) {
                kept.put(id, item);
            }
        });
        return kept;
    }
}
