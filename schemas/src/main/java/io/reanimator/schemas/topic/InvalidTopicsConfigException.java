package io.reanimator.schemas.topic;

import java.util.List;

/** Thrown at start-up when topic settings are wrong; lists every problem at once, not just the first. */
public final class InvalidTopicsConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    InvalidTopicsConfigException(List<String> problems) {
        super("Invalid topic configuration:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One human-readable line per invalid key. */
    public List<String> problems() {
        return problems;
    }
}
