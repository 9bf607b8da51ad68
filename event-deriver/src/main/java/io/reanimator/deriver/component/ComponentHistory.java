package io.reanimator.deriver.component;

import io.reanimator.deriver.failure.FailureItem;
import io.reanimator.deriver.history.TimelineItem;
import io.reanimator.deriver.installation.InstallationItem;
import io.reanimator.deriver.presence.AttributionFact;
import io.reanimator.deriver.presence.PresenceFact;
import java.util.List;
import java.util.Map;

/**
 * Everything the component stage keeps per component: its facts (sorted, at most the configured cap after
 * compaction), the log entries attributed to it, and what it last published, by id.
 *
 * @param compactedFacts how many redundant facts were folded away (see {@link FactCompaction})
 * @param frozenBefore items defined before this time are no longer recomputed (only after a hard cut); Long.MIN_VALUE if none
 */
public record ComponentHistory(String componentKey, List<PresenceFact> facts,
        Map<String, AttributionFact> attributions, long compactedFacts, long frozenBefore,
        Map<String, InstallationItem> installations, Map<String, TimelineItem> events,
        Map<String, FailureItem> failures) {

    public ComponentHistory {
        facts = List.copyOf(facts);
        attributions = Map.copyOf(attributions);
        installations = Map.copyOf(installations);
        events = Map.copyOf(events);
        failures = Map.copyOf(failures);
    }

    public static ComponentHistory empty(String componentKey) {
        return new ComponentHistory(componentKey, List.of(), Map.of(), 0, Long.MIN_VALUE, Map.of(), Map.of(), Map.of());
    }
}
