package io.reanimator.deriver.failure;

import io.reanimator.deriver.history.Evidence;
import io.reanimator.deriver.installation.Run;
import io.reanimator.deriver.presence.AttributionFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Failure episodes from log entries attributed to the component (e.g. uncorrectable ECC in its slot): the entries
 * that fall in one installation run form one episode (first and last entry time), open while that run is. The run
 * of an entry is the latest run in the entry's asset that started at or before it, else the first run there.
 */
public final class LogEpisodes {

    public static final String SOURCE = "SEL";

    private LogEpisodes() {
    }

    public static List<FailureItem> of(String componentKey, String componentType, List<Run> runs,
            List<AttributionFact> attributions, FailureSettings settings) {
        Map<String, List<AttributionFact>> byRun = new TreeMap<>();
        Map<String, Run> runByGroup = new TreeMap<>();
        for (AttributionFact fact : attributions) {
            Run run = runOf(runs, fact);
            String group = fact.assetKey() + "#" + (run == null ? "" : Long.toString(run.first().at()));
            byRun.computeIfAbsent(group, g -> new ArrayList<>()).add(fact);
            if (run != null) {
                runByGroup.put(group, run);
            }
        }
        List<FailureItem> episodes = new ArrayList<>();
        byRun.forEach((group, facts) -> episodes.add(
                episode(componentKey, componentType, facts, runByGroup.get(group), settings)));
        return episodes;
    }

    private static Run runOf(List<Run> runs, AttributionFact fact) {
        Run startedBefore = null;
        Run firstInAsset = null;
        for (Run run : runs) {
            if (run.assetKey().equals(fact.assetKey())) {
                firstInAsset = firstInAsset == null ? run : firstInAsset;
                startedBefore = run.first().at() <= fact.occurredAt() ? run : startedBefore;
            }
        }
        return startedBefore != null ? startedBefore : firstInAsset;
    }

    private static FailureItem episode(String componentKey, String componentType, List<AttributionFact> facts,
            Run run, FailureSettings settings) {
        List<AttributionFact> sorted = facts.stream()
                .sorted(Comparator.comparingLong(AttributionFact::occurredAt).thenComparing(AttributionFact::logKey))
                .toList();
        AttributionFact first = sorted.get(0);
        AttributionFact last = sorted.get(sorted.size() - 1);
        List<String> evidence = new ArrayList<>();
        sorted.forEach(f -> evidence.addAll(f.evidenceBundleIds()));
        return new FailureItem(FailureItem.idOf(componentKey, SOURCE, first.occurredAt()), componentKey,
                first.assetKey(), first.slot(), componentType, SOURCE, settings.confidence(SOURCE),
                last.description() + " (" + last.slot() + ")", first.occurredAt(), last.occurredAt(),
                run != null && !run.ended(), Evidence.capped(evidence), Map.of("log.entries", (double) sorted.size()));
    }
}
