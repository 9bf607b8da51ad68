package io.reanimator.deriver.installation;

import io.reanimator.deriver.presence.PresenceFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Installation runs of one component from its time-sorted facts. A run is a maximal sequence of facts "present in
 * asset A, slot S"; facts "absent from another asset" say nothing about A and are skipped; the run ends at the first
 * later fact that contradicts it: absent from A, present in A in another slot, or present in another asset.
 * The fact before a run that bounds it from below is the latest earlier fact about A or showing the part anywhere.
 */
public final class InstallationRuns {

    private InstallationRuns() {
    }

    public static List<Run> of(List<PresenceFact> sortedFacts) {
        List<Run> runs = new ArrayList<>();
        Map<String, PresenceFact> lastFactByAsset = new HashMap<>();
        PresenceFact lastPresent = null;
        Run open = null;
        for (PresenceFact fact : sortedFacts) {
            if (fact.present()) {
                if (open != null && continues(open, fact)) {
                    open.extend(fact);
                } else {
                    if (open != null) {
                        open.end(fact);
                    }
                    open = new Run(fact, later(lastFactByAsset.get(fact.assetKey()), lastPresent));
                    runs.add(open);
                }
                lastPresent = fact;
            } else if (open != null && open.assetKey().equals(fact.assetKey())) {
                open.end(fact);
                open = null;
            }
            lastFactByAsset.put(fact.assetKey(), fact);
        }
        return runs;
    }

    private static boolean continues(Run run, PresenceFact fact) {
        return run.assetKey().equals(fact.assetKey()) && Objects.equals(run.slot(), fact.slot());
    }

    private static PresenceFact later(PresenceFact a, PresenceFact b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return PresenceFact.ORDER.compare(a, b) >= 0 ? a : b;
    }
}
