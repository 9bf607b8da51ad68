package io.reanimator.deriver.component;

import io.reanimator.deriver.presence.PresenceFact;
import io.reanimator.deriver.presence.SignalVerdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps a component's fact list under its cap. First, facts in the middle of an unchanged stretch are folded:
 * a fact is redundant when the previous and next facts of the same asset say the same (present or absent, slot,
 * firmware, verdict per source) and no fact showing the part elsewhere lies between them — dropping it changes no
 * interval bound, firmware change or episode boundary, only shortens evidence lists. Only if that is not enough,
 * the oldest facts are cut; what was derived before the cut is then frozen (no longer recomputed or retracted).
 */
final class FactCompaction {

    private FactCompaction() {
    }

    record Result(List<PresenceFact> facts, long folded, long frozenBefore) {
    }

    static Result compact(List<PresenceFact> sorted, int cap, long frozenBefore) {
        if (sorted.size() <= cap) {
            return new Result(sorted, 0, frozenBefore);
        }
        List<PresenceFact> kept = new ArrayList<>(sorted);
        long folded = 0;
        boolean[] redundant = redundant(kept);
        List<PresenceFact> next = new ArrayList<>(kept.size());
        int excess = kept.size() - cap;
        for (int i = 0; i < kept.size(); i++) {
            if (excess > 0 && redundant[i]) {
                excess--;
                folded++;
            } else {
                next.add(kept.get(i));
            }
        }
        long frozen = frozenBefore;
        if (next.size() > cap) {
            int cut = next.size() - cap;
            frozen = Math.max(frozen, next.get(cut).at());
            folded += cut;
            next = new ArrayList<>(next.subList(cut, next.size()));
        }
        return new Result(next, folded, frozen);
    }

    private static boolean[] redundant(List<PresenceFact> facts) {
        boolean[] redundant = new boolean[facts.size()];
        Map<String, Integer> previousOfAsset = new HashMap<>();
        Map<Integer, Integer> previousIndex = new HashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            Integer previous = previousOfAsset.put(facts.get(i).assetKey(), i);
            if (previous != null) {
                previousIndex.put(i, previous);
            }
        }
        Map<String, Integer> nextOfAsset = new HashMap<>();
        for (int i = facts.size() - 1; i >= 0; i--) {
            Integer next = nextOfAsset.put(facts.get(i).assetKey(), i);
            Integer previous = previousIndex.get(i);
            if (next != null && previous != null
                    && sameState(facts.get(previous), facts.get(i)) && sameState(facts.get(i), facts.get(next))
                    && !presentElsewhereBetween(facts, previous, next, facts.get(i).assetKey())) {
                redundant[i] = true;
            }
        }
        return redundant;
    }

    private static boolean presentElsewhereBetween(List<PresenceFact> facts, int from, int to, String assetKey) {
        for (int j = from + 1; j < to; j++) {
            if (facts.get(j).present() && !facts.get(j).assetKey().equals(assetKey)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameState(PresenceFact a, PresenceFact b) {
        return a.present() == b.present() && Objects.equals(a.slot(), b.slot())
                && Objects.equals(a.firmware(), b.firmware()) && verdicts(a).equals(verdicts(b));
    }

    private static Map<String, Object> verdicts(PresenceFact fact) {
        Map<String, Object> bySource = new HashMap<>();
        for (SignalVerdict v : fact.health()) {
            bySource.put(v.source(), v.verdict());
        }
        return bySource;
    }
}
