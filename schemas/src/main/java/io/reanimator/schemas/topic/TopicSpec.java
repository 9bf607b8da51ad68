package io.reanimator.schemas.topic;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * How a topic must be created: everything an init step needs, nothing about serialization.
 *
 * @param retentionMs {@link #RETAIN_FOREVER} or a positive number of milliseconds
 */
public record TopicSpec(
        String name, int partitions, short replicationFactor, CleanupPolicy cleanupPolicy, long retentionMs) {

    /** Kafka's marker for "never delete by age". */
    public static final long RETAIN_FOREVER = -1L;

    // Kafka's own limit; a longer name is rejected by the broker only at creation time, far from the cause.
    private static final int MAX_NAME_LENGTH = 249;

    public TopicSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cleanupPolicy, "cleanupPolicy");
        invalidName(name).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        if (partitions < 1) {
            throw new IllegalArgumentException("Topic " + name + ": partitions must be >= 1, was " + partitions);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException(
                    "Topic " + name + ": replication factor must be >= 1, was " + replicationFactor);
        }
        if (retentionMs != RETAIN_FOREVER && retentionMs <= 0) {
            throw new IllegalArgumentException(
                    "Topic " + name + ": retention.ms must be -1 (forever) or positive, was " + retentionMs);
        }
    }

    /** Topic configs to pass at creation ({@code cleanup.policy}, {@code retention.ms}). */
    public Map<String, String> configs() {
        return Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, cleanupPolicy.configValue(),
                TopicConfig.RETENTION_MS_CONFIG, Long.toString(retentionMs));
    }

    /** This spec as an Admin client request. */
    public NewTopic newTopic() {
        return new NewTopic(name, partitions, replicationFactor).configs(configs());
    }

    /** Why {@code name} is not a legal Kafka topic name, if it is not. */
    static Optional<String> invalidName(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return Optional.of("Topic name '" + name + "' is not allowed");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return Optional.of("Topic name '" + name + "' is longer than " + MAX_NAME_LENGTH + " characters");
        }
        if (!name.matches("[a-zA-Z0-9._-]+")) {
            return Optional.of("Topic name '" + name + "' may only contain ASCII letters, digits, '.', '_' and '-'");
        }
        return Optional.empty();
    }
}
