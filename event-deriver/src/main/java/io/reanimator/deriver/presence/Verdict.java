package io.reanimator.deriver.presence;

/** How bad one health reading is, after thresholds: ordered from good to bad. */
public enum Verdict {
    OK,
    DEGRADED,
    FAILING;

    public boolean atLeast(Verdict other) {
        return compareTo(other) >= 0;
    }
}
