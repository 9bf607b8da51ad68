package io.reanimator.deriver.failure;

import io.reanimator.deriver.history.Evidence;
import io.reanimator.deriver.installation.Run;
import io.reanimator.deriver.presence.PresenceFact;
import io.reanimator.deriver.presence.SignalVerdict;
import io.reanimator.deriver.presence.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Failure episodes from the health a component reported, per source: within one installation run, an episode
 * opens at the first FAILING fact of that source and stays open while later facts of that source keep failing;
 * it closes at the first later fact of that source that is not failing, or when the run ends (the part was
 * removed). Facts where the source said nothing neither extend nor close it. 30 daily failing bundles make one
 * episode.
 */
public final class HealthEpisodes {

    private HealthEpisodes() {
    }

    public static List<FailureItem> of(List<Run> runs, FailureSettings settings) {
        List<FailureItem> episodes = new ArrayList<>();
        for (Run run : runs) {
            for (String source : sources(run)) {
                episodes.addAll(ofSource(run, source, settings));
            }
        }
        return episodes;
    }

    private static TreeSet<String> sources(Run run) {
        TreeSet<String> sources = new TreeSet<>();
        run.present().forEach(f -> f.health().forEach(v -> sources.add(v.source())));
        return sources;
    }

    private static List<FailureItem> ofSource(Run run, String source, FailureSettings settings) {
        List<FailureItem> episodes = new ArrayList<>();
        List<PresenceFact> failing = new ArrayList<>();
        for (PresenceFact fact : run.present()) {
            SignalVerdict verdict = verdictOf(fact, source);
            if (verdict == null) {
                continue;
            }
            if (verdict.verdict() == Verdict.FAILING) {
                failing.add(fact);
            } else if (!failing.isEmpty()) {
                episodes.add(episode(failing, source, false, settings));
                failing = new ArrayList<>();
            }
        }
        if (!failing.isEmpty()) {
            episodes.add(episode(failing, source, !run.ended(), settings));
        }
        return episodes;
    }

    static SignalVerdict verdictOf(PresenceFact fact, String source) {
        return fact.health().stream().filter(v -> v.source().equals(source)).findFirst().orElse(null);
    }

    private static FailureItem episode(List<PresenceFact> failing, String source, boolean open,
            FailureSettings settings) {
        PresenceFact first = failing.get(0);
        PresenceFact last = failing.get(failing.size() - 1);
        SignalVerdict lastVerdict = verdictOf(last, source);
        return new FailureItem(FailureItem.idOf(first.componentKey(), source, first.at()), first.componentKey(),
                first.assetKey(), first.slot(), first.type(), source, settings.confidence(source),
                lastVerdict.reason(), first.at(), last.at(), open,
                Evidence.capped(failing.stream().map(PresenceFact::bundleId).toList()), lastVerdict.metrics());
    }
}
