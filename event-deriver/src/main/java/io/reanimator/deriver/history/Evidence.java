package io.reanimator.deriver.history;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** Evidence lists: distinct bundle ids in time order, capped so that a long episode stays a small record. */
public final class Evidence {

    /** At most this many bundle ids from each end of a long list are kept. */
    public static final int KEEP_EACH_END = 5;

    private Evidence() {
    }

    /** Distinct non-null ids, in the given order. */
    public static List<String> of(String... bundleIds) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String id : bundleIds) {
            if (id != null) {
                distinct.add(id);
            }
        }
        return List.copyOf(distinct);
    }

    /** Distinct ids in the given (time) order; of a longer list, the first and last {@link #KEEP_EACH_END}. */
    public static List<String> capped(List<String> bundleIdsInTimeOrder) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(
                bundleIdsInTimeOrder.stream().filter(Objects::nonNull).toList()));
        if (distinct.size() <= 2 * KEEP_EACH_END) {
            return List.copyOf(distinct);
        }
        List<String> kept = new ArrayList<>(distinct.subList(0, KEEP_EACH_END));
        kept.addAll(distinct.subList(distinct.size() - KEEP_EACH_END, distinct.size()));
        return List.copyOf(kept);
    }
}
