package io.reanimator.parser.stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;

/**
 * Counters of the parser stream, on Micrometer's global registry (the exception handlers are created by Kafka
 * Streams from class names and cannot be handed a registry): {@code reanimator.parser.bundles} tagged
 * {@code outcome} = observation | duplicate | dead-letter, {@code reanimator.parser.dead-letters} tagged
 * {@code cause}, and {@code reanimator.parser.warnings} (file-level warnings on observations).
 */
public final class ParserMetrics {

    private static final ParserMetrics GLOBAL = new ParserMetrics(Metrics.globalRegistry);

    private final MeterRegistry registry;

    ParserMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public static ParserMetrics global() {
        return GLOBAL;
    }

    void bundle(String outcome) {
        Counter.builder("reanimator.parser.bundles").tag("outcome", outcome).register(registry).increment();
    }

    void deadLettered(String cause) {
        Counter.builder("reanimator.parser.dead-letters").tag("cause", cause).register(registry).increment();
    }

    void warnings(int count) {
        Counter.builder("reanimator.parser.warnings").register(registry).increment(count);
    }
}
