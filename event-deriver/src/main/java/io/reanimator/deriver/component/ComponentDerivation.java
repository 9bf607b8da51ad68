package io.reanimator.deriver.component;

import io.reanimator.deriver.failure.FailureItem;
import io.reanimator.deriver.history.Change;
import io.reanimator.deriver.history.TimelineItem;
import io.reanimator.deriver.installation.InstallationItem;
import java.util.List;

/** The component stage's answer to one fact: the next state and the changes to publish. */
public record ComponentDerivation(ComponentHistory next, List<Change<InstallationItem>> installations,
        List<Change<TimelineItem>> events, List<Change<FailureItem>> failures) {

    public boolean isEmpty() {
        return installations.isEmpty() && events.isEmpty() && failures.isEmpty();
    }
}
