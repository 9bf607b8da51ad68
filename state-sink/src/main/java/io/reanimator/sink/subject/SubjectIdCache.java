package io.reanimator.sink.subject;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Surrogate ids of assets and components the sink has already committed, so a steady stream of events about
 * known parts needs neither stub inserts nor id lookups. Rows are never deleted, so an id, once committed, stays
 * valid; entries are added only after the transaction that wrote or read them commits. Least recently used
 * entries are dropped beyond the capacity.
 *
 * <p>A component's entry also says whether its stored type is known to be other than UNKNOWN; while it is not,
 * stubs that know the type are still written (they upgrade it), which keeps the result independent of arrival
 * order. Not thread-safe: one cache per sink poll thread. If the tables are emptied under a running sink
 * (a rebuild), restart the sink.
 */
public final class SubjectIdCache {

    private final Map<String, Long> assets;
    private final Map<String, Long> components;
    private final Map<String, Boolean> typeKnown;

    public SubjectIdCache(int capacity) {
        this.assets = lru(capacity);
        this.components = lru(capacity);
        this.typeKnown = lru(capacity);
    }

    Long asset(String key) {
        return assets.get(key);
    }

    Long component(String key) {
        return components.get(key);
    }

    boolean componentTypeKnown(String key) {
        return Boolean.TRUE.equals(typeKnown.get(key));
    }

    /** Remembers what a committed batch wrote and read. */
    public void remember(SubjectIds ids) {
        assets.putAll(ids.assets());
        components.putAll(ids.components());
        ids.typeKnown().forEach((key, known) -> {
            if (known) {
                typeKnown.put(key, true);
            } else {
                typeKnown.remove(key);
            }
        });
    }

    private static <V> Map<String, V> lru(int capacity) {
        return new LinkedHashMap<>(1_024, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
