package io.reanimator.deriver.installation;

import io.reanimator.deriver.history.EventType;
import io.reanimator.deriver.history.Evidence;
import io.reanimator.deriver.history.TimelineItem;
import io.reanimator.deriver.presence.PresenceFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Component timeline events that follow from the runs: FIRST_SEEN at the first run, INSTALLED at each run's start,
 * REMOVED at each run's end, MOVED when the next run is in another asset, SLOT_CHANGED when it is in the same asset
 * in another slot.
 */
public final class ComponentTimeline {

    private ComponentTimeline() {
    }

    public static List<TimelineItem> of(List<Run> runs) {
        List<TimelineItem> events = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            if (i == 0) {
                events.add(event(run, EventType.FIRST_SEEN, run.first()).evidence(Evidence.of(run.first().bundleId()))
                        .build());
            }
            events.add(installed(run));
            if (run.ended()) {
                events.add(removed(run));
            }
            if (i > 0) {
                Run previous = runs.get(i - 1);
                if (!previous.sameAssetAs(run)) {
                    events.add(transition(previous, run, EventType.MOVED));
                } else if (!Objects.equals(previous.slot(), run.slot())) {
                    events.add(transition(previous, run, EventType.SLOT_CHANGED));
                }
            }
        }
        return events;
    }

    private static TimelineItem installed(Run run) {
        PresenceFact before = run.before();
        return event(run, EventType.INSTALLED, run.first()).notBefore(before == null ? null : before.at())
                .evidence(Evidence.of(before == null ? null : before.bundleId(), run.first().bundleId())).build();
    }

    private static TimelineItem removed(Run run) {
        return TimelineItem.component(run.first().componentKey(), EventType.REMOVED, run.after().at())
                .notBefore(run.last().at()).assetKey(run.assetKey()).slot(run.slot())
                .componentType(run.last().type())
                .evidence(Evidence.of(run.last().bundleId(), run.after().bundleId())).build();
    }

    private static TimelineItem transition(Run from, Run to, EventType type) {
        return event(to, type, to.first()).notBefore(from.last().at()).fromAsset(from.assetKey())
                .toAsset(to.assetKey()).fromSlot(from.slot()).toSlot(to.slot())
                .evidence(Evidence.of(from.last().bundleId(), to.first().bundleId())).build();
    }

    private static TimelineItem.Builder event(Run run, EventType type, PresenceFact at) {
        return TimelineItem.component(at.componentKey(), type, at.at()).assetKey(run.assetKey()).slot(run.slot())
                .componentType(at.type());
    }
}
