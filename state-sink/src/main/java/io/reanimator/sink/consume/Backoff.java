package io.reanimator.sink.consume;

import java.time.Duration;

/** Exponential backoff between retries: initial, doubled per consecutive failure, capped; reset on success. */
final class Backoff {

    private final Duration initial;
    private final Duration max;
    private int failures;

    Backoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
    }

    /** The delay before the next attempt; each call counts one more consecutive failure. */
    Duration next() {
        long millis = initial.toMillis() << Math.min(failures, 20);
        failures++;
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }

    void reset() {
        failures = 0;
    }
}
