package io.reanimator.sink.subject;

import java.util.Map;

/**
 * Surrogate ids of the assets and components of one batch, by identity key, and what the batch established
 * about component types ({@code typeKnown}: true when a stub with a known type was written, false when a full row
 * with type UNKNOWN was; absent otherwise), for {@link SubjectIdCache}.
 */
public record SubjectIds(Map<String, Long> assets, Map<String, Long> components, Map<String, Boolean> typeKnown) {

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
