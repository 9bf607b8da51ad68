package io.reanimator.schemas.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Settings shared by every topic: where their names start, and how wide and how replicated they are.
 *
 * <table>
 *   <caption>Keys read by {@link #fromProperties(Map)}</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@value #PREFIX_KEY}</td><td>{@value #DEFAULT_PREFIX}</td><td>prefix of every topic name</td></tr>
 *   <tr><td>{@value #PARTITIONS_KEY}</td><td>{@value #DEFAULT_PARTITIONS}</td><td>partitions per topic</td></tr>
 *   <tr><td>{@value #REPLICATION_FACTOR_KEY}</td><td>{@value #DEFAULT_REPLICATION_FACTOR}</td>
 *       <td>replicas per partition</td></tr>
 * </table>
 */
public record TopicsConfig(String namePrefix, int defaultPartitions, short replicationFactor) {

    public static final String PREFIX_KEY = "topics.prefix";
    public static final String PARTITIONS_KEY = "topics.partitions";
    public static final String REPLICATION_FACTOR_KEY = "topics.replication-factor";

    public static final String DEFAULT_PREFIX = "reanimator.";
    public static final int DEFAULT_PARTITIONS = 6;
    public static final short DEFAULT_REPLICATION_FACTOR = 1;

    // Leaves room for the longest suffix within Kafka's 249-character limit on topic names.
    private static final int MAX_PREFIX_LENGTH = 200;
    private static final Set<String> KNOWN_KEYS = Set.of(PREFIX_KEY, PARTITIONS_KEY, REPLICATION_FACTOR_KEY);
    private static final String KEY_NAMESPACE = "topics.";

    public TopicsConfig {
        List<String> problems = problems(namePrefix, defaultPartitions, replicationFactor);
        if (!problems.isEmpty()) {
            throw new InvalidTopicsConfigException(problems);
        }
    }

    /** Local development: one broker, the default prefix and width. */
    public static TopicsConfig defaults() {
        return new TopicsConfig(DEFAULT_PREFIX, DEFAULT_PARTITIONS, DEFAULT_REPLICATION_FACTOR);
    }

    /**
     * Reads the {@code topics.*} keys of {@code properties}; other keys are ignored so an app can pass its whole
     * configuration. Absent keys take their defaults; unknown {@code topics.*} keys are errors, since they are
     * almost always typos that would otherwise silently fall back to a default.
     *
     * @throws InvalidTopicsConfigException listing every invalid key
     */
    public static TopicsConfig fromProperties(Map<String, String> properties) {
        List<String> problems = new ArrayList<>();
        Set<String> unknown = new TreeSet<>();
        properties.keySet().stream()
                .filter(key -> key.startsWith(KEY_NAMESPACE) && !KNOWN_KEYS.contains(key))
                .forEach(unknown::add);
        unknown.forEach(key -> problems.add(key + ": unknown key (known: " + new TreeSet<>(KNOWN_KEYS) + ")"));

        String prefix = properties.getOrDefault(PREFIX_KEY, DEFAULT_PREFIX);
        Integer partitions = parseInt(properties, PARTITIONS_KEY, DEFAULT_PARTITIONS, problems);
        Integer replication = parseInt(properties, REPLICATION_FACTOR_KEY, DEFAULT_REPLICATION_FACTOR, problems);
        problems.addAll(problems(prefix,
                partitions == null ? DEFAULT_PARTITIONS : partitions,
                replication == null ? DEFAULT_REPLICATION_FACTOR : replication));
        if (!problems.isEmpty()) {
            throw new InvalidTopicsConfigException(problems);
        }
        return new TopicsConfig(prefix, partitions, replication.shortValue());
    }

    private static Integer parseInt(Map<String, String> properties, String key, int fallback, List<String> problems) {
        String raw = properties.get(key);
        if (raw == null) {
            return fallback;
        }
        try {
            return Integer.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            problems.add(key + ": '" + raw + "' is not an integer");
            return null;
        }
    }

    private static List<String> problems(String prefix, int partitions, int replicationFactor) {
        List<String> problems = new ArrayList<>();
        if (prefix == null) {
            problems.add(PREFIX_KEY + ": must not be null");
        } else if (prefix.length() > MAX_PREFIX_LENGTH) {
            problems.add(PREFIX_KEY + ": longer than " + MAX_PREFIX_LENGTH + " characters");
        } else if (!prefix.matches("[a-zA-Z0-9._-]*")) {
            problems.add(PREFIX_KEY + ": '" + prefix + "' may only contain ASCII letters, digits, '.', '_' and '-'");
        }
        if (partitions < 1) {
            problems.add(PARTITIONS_KEY + ": must be >= 1, was " + partitions);
        }
        if (replicationFactor < 1 || replicationFactor > Short.MAX_VALUE) {
            problems.add(REPLICATION_FACTOR_KEY + ": must be between 1 and " + Short.MAX_VALUE
                    + ", was " + replicationFactor);
        }
        return problems;
    }
}
