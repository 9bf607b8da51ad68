package io.reanimator.schemas.topic;

import org.apache.kafka.common.config.TopicConfig;

/** Kafka {@code cleanup.policy} of a topic, as a type so a typo cannot reach the broker. */
public enum CleanupPolicy {
    /** Segments are deleted by age; used where a key carries many events that must all be kept. */
    DELETE(TopicConfig.CLEANUP_POLICY_DELETE),
    /** The broker keeps at least the latest record per key; used where only the latest state matters. */
    COMPACT(TopicConfig.CLEANUP_POLICY_COMPACT);

    private final String configValue;

    CleanupPolicy(String configValue) {
        this.configValue = configValue;
    }

    /** The value of the {@code cleanup.policy} topic config. */
    public String configValue() {
        return configValue;
    }
}
