package io.reanimator.deriver.failure;

import io.reanimator.deriver.history.EventType;
import io.reanimator.deriver.history.Evidence;
import io.reanimator.deriver.history.TimelineItem;
import io.reanimator.deriver.installation.Run;
import io.reanimator.deriver.presence.PresenceFact;
import io.reanimator.deriver.presence.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Health events on the component's timeline: HEALTH_DEGRADED at the first fact of each stretch (within a run) in
 * which some source is at least DEGRADED — facts without any health reading neither start nor end a stretch — and
 * FAILURE_DETECTED at the start of each failure episode.
 */
public final class HealthTimeline {

    public static final String ATTRIBUTE = "health";

    private HealthTimeline() {
    }

    public static List<TimelineItem> degradations(List<Run> runs) {
        List<TimelineItem> events = new ArrayList<>();
        for (Run run : runs) {
            boolean degraded = false;
            for (PresenceFact fact : run.present()) {
                if (fact.health().isEmpty()) {
                    continue;
                }
                boolean now = fact.worst().atLeast(Verdict.DEGRADED);
                if (now && !degraded) {
                    events.add(degradation(fact));
                }
                degraded = now;
            }
        }
        return events;
    }

    private static TimelineItem degradation(PresenceFact fact) {
        String reasons = fact.health().stream().filter(v -> v.verdict() != Verdict.OK)
                .map(v -> v.source() + ": " + v.reason()).sorted().collect(Collectors.joining("; "));
        return TimelineItem.component(fact.componentKey(), EventType.HEALTH_DEGRADED, fact.at())
                .assetKey(fact.assetKey()).slot(fact.slot()).componentType(fact.type())
                .change(ATTRIBUTE, null, fact.worst().name()).details(Map.of("reasons", reasons))
                .evidence(Evidence.of(fact.bundleId())).build();
    }

    public static List<TimelineItem> detections(List<FailureItem> episodes) {
        return episodes.stream().map(HealthTimeline::detection).toList();
    }

    private static TimelineItem detection(FailureItem episode) {
        return TimelineItem.component(episode.componentKey(), EventType.FAILURE_DETECTED, episode.firstSeenAt())
                .assetKey(episode.assetKey()).slot(episode.slot()).componentType(episode.componentType())
                .change("failure", null, episode.source())
                .details(Map.of("failureId", episode.id(), "reason", episode.reason()))
                .evidence(episode.evidenceBundleIds().isEmpty() ? List.of()
                        : List.of(episode.evidenceBundleIds().get(0)))
                .build();
    }
}
