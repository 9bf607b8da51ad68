package io.reanimator.sink.subject;

import java.util.Map;

/** Surrogate ids of the assets and components of one batch, by identity key. */
public record SubjectIds(Map<String, Long> assets, Map<String, Long> components) {

    /** The id of asset {@code key}; null for a null key. */
    public Long asset(String key) {
        return key == null ? null : require(assets, key, "asset");
    }

    /** The id of component {@code key}; null for a null key. */
    public Long component(String key) {
        return key == null ? null : require(components, key, "component");
    }

    private static Long require(Map<String, Long> ids, String key, String what) {
        Long id = ids.get(key);
        if (id == null) {
            // Every key a batch names is upserted first in the same transaction; a miss is a bug, not bad data.
            throw new IllegalStateException(what + " '" + key + "' was not upserted before its children");
        }
        return id;
    }
}
