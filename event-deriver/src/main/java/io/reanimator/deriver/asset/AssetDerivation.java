package io.reanimator.deriver.asset;

import io.reanimator.deriver.failure.FailureItem;
import io.reanimator.deriver.history.Change;
import io.reanimator.deriver.history.TimelineItem;
import io.reanimator.deriver.presence.ComponentFact;
import java.util.List;

/**
 * The asset stage's answer to one snapshot: the next state, the facts to send to the component stage (keyed by
 * component) and the asset-level timeline and inferred-failure changes to publish.
 */
public record AssetDerivation(AssetHistory next, List<ComponentFact> facts, List<Change<TimelineItem>> events,
        List<Change<FailureItem>> failures) {
}
