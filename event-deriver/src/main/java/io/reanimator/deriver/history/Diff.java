package io.reanimator.deriver.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The difference between what was last published and what holds now, by id: upserts for new or changed items,
 * retractions for items that no longer hold. Sorted by id so the output does not depend on map iteration order.
 */
public final class Diff {

    private Diff() {
    }

    public static <T> List<Change<T>> between(Map<String, T> published, Map<String, T> current) {
        TreeSet<String> ids = new TreeSet<>(published.keySet());
        ids.addAll(current.keySet());
        List<Change<T>> changes = new ArrayList<>();
        for (String id : ids) {
            T before = published.get(id);
            T now = current.get(id);
            if (now == null) {
                changes.add(Change.retract(id, before));
            } else if (!Objects.equals(before, now)) {
                changes.add(Change.upsert(id, now));
            }
        }
        return changes;
    }
}
