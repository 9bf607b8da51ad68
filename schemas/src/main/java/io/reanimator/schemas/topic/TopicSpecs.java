package io.reanimator.schemas.topic;

import java.time.Duration;
import java.util.List;

/**
 * The one definition of every Reanimator topic's name and layout, without serdes, so the init step that creates
 * topics needs no schema registry. {@link Topics} pairs these with serdes.
 *
 * <p>Names end in a contract version ({@code .v1}): an incompatible change to a value schema means a new topic,
 * never a breaking change on an existing one.
 */
public record TopicSpecs(
        TopicSpec bundles,
        TopicSpec observations,
        TopicSpec installations,
        TopicSpec timelineEvents,
        TopicSpec failureEvents,
        TopicSpec tickets,
        TopicSpec deadLetters,
        TopicSpec registryChanges) {

    static final long DEAD_LETTER_RETENTION_MS = Duration.ofDays(30).toMillis();

    /** The specs for the given prefix, width and replication. */
    public static TopicSpecs from(TopicsConfig config) {
        // Delete rather than compact for the derived topics: a key (asset, component) carries many distinct
        // events and intervals, and compaction would keep only the last of them.
        return new TopicSpecs(
                forever(config, "bundles.v1"),
                forever(config, "observations.v1"),
                forever(config, "installations.v1"),
                forever(config, "timeline-events.v1"),
                forever(config, "failure-events.v1"),
                spec(config, "tickets.v1", CleanupPolicy.COMPACT, TopicSpec.RETAIN_FOREVER),
                spec(config, "dead-letters.v1", CleanupPolicy.DELETE, DEAD_LETTER_RETENTION_MS),
                // Registry changes are the source of truth of the registry tables and of their timeline
                // entries: kept forever, not compacted, so a replay rebuilds the history as well as the state.
                forever(config, "registry.v1"));
    }

    /** Every spec, in pipeline order, then the registry. */
    public List<TopicSpec> all() {
        return List.of(bundles, observations, installations, timelineEvents, failureEvents, tickets, deadLetters,
                registryChanges);
    }

    private static TopicSpec forever(TopicsConfig config, String suffix) {
        return spec(config, suffix, CleanupPolicy.DELETE, TopicSpec.RETAIN_FOREVER);
    }

    private static TopicSpec spec(TopicsConfig config, String suffix, CleanupPolicy cleanup, long retentionMs) {
        return new TopicSpec(config.namePrefix() + suffix, config.defaultPartitions(), config.replicationFactor(),
                cleanup, retentionMs);
    }
}
