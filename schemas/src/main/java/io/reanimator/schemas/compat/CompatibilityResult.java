package io.reanimator.schemas.compat;

import java.util.List;
import java.util.Objects;

/**
 * Outcome of a compatibility check.
 *
 * @param messages one human-readable line per incompatibility; empty when compatible
 */
public record CompatibilityResult(boolean compatible, List<String> messages) {

    public CompatibilityResult {
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        if (compatible != messages.isEmpty()) {
            throw new IllegalArgumentException("a result is compatible exactly when it has no messages");
        }
    }

    static CompatibilityResult of(List<String> messages) {
        return new CompatibilityResult(messages.isEmpty(), messages);
    }

    /** All messages on one line each, for logs and HTTP error bodies. */
    public String summary() {
        return compatible ? "compatible" : String.join("\n", messages);
    }
}
