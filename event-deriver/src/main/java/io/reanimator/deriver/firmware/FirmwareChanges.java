package io.reanimator.deriver.firmware;

import io.reanimator.deriver.history.EventType;
import io.reanimator.deriver.history.Evidence;
import io.reanimator.deriver.history.TimelineItem;
import io.reanimator.deriver.presence.PresenceFact;
import java.util.ArrayList;
import java.util.List;

/**
 * FIRMWARE_CHANGED wherever two consecutive present facts of a component (over its whole life, across assets)
 * name different firmware. Facts without a firmware version neither change it nor hide a change; the event's
 * {@code notBefore} is the last fact that still showed the old version.
 */
public final class FirmwareChanges {

    public static final String ATTRIBUTE = "firmware";

    private FirmwareChanges() {
    }

    public static List<TimelineItem> of(List<PresenceFact> sortedFacts) {
        List<TimelineItem> events = new ArrayList<>();
        PresenceFact last = null;
        for (PresenceFact fact : sortedFacts) {
            if (!fact.present() || fact.firmware() == null) {
                continue;
            }
            if (last != null && !last.firmware().equals(fact.firmware())) {
                events.add(TimelineItem.component(fact.componentKey(), EventType.FIRMWARE_CHANGED, fact.at())
                        .notBefore(last.at()).assetKey(fact.assetKey()).slot(fact.slot()).componentType(fact.type())
                        .change(ATTRIBUTE, last.firmware(), fact.firmware())
                        .evidence(Evidence.of(last.bundleId(), fact.bundleId())).build());
            }
            last = fact;
        }
        return events;
    }
}
