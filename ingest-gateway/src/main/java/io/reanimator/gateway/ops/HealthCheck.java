package io.reanimator.gateway.ops;

/**
 * One thing {@code GET /health} reports on. Every bean of this type in the context is asked; the report is
 * {@code UP} only when all of them are. The gateway brings its own (broker, raw store); a process that embeds the
 * gateway, such as the all-in-one, registers one more per part it runs.
 */
public interface HealthCheck {

    /** The component name in the report, e.g. {@code kafka}. */
    String name();

    /** Whether the component can do its work now; must answer within a few seconds and never throw. */
    boolean isUp();
}
