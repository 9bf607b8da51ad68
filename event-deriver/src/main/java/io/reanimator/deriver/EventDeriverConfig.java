package io.reanimator.deriver;

import io.reanimator.deriver.failure.FailureSettings;
import io.reanimator.deriver.failure.HealthThresholds;
import io.reanimator.schemas.serde.SerdeSettings;
import io.reanimator.schemas.topic.InvalidTopicsConfigException;
import io.reanimator.schemas.topic.TopicsConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Everything the event deriver needs, validated once. {@link #fromEnvironment(Map)} reads the documented
 * environment variables and reports every problem at once; the constructor is for programmatic use (tests, the
 * all-in-one).
 *
 * @param kafkaOverrides extra Kafka client properties (from {@code KAFKA_<PROP>} variables)
 */
public record EventDeriverConfig(String bootstrapServers, SerdeSettings serdes, TopicsConfig topics,
        String applicationId, Path stateDir, int streamThreads, int maxSnapshotsPerAsset, int maxFactsPerComponent,
        HealthThresholds thresholds, FailureSettings failures, Map<String, String> kafkaOverrides) {

    public static final String DEFAULT_APPLICATION_ID = "reanimator-event-deriver";
    public static final int DEFAULT_MAX_SNAPSHOTS_PER_ASSET = 120;
    public static final int DEFAULT_MAX_FACTS_PER_COMPONENT = 1000;
    /** Store values (a whole asset's or component's history) exceed Kafka's 1 MiB default. */
    public static final int MAX_STATE_RECORD_BYTES = 16 * 1024 * 1024;

    public EventDeriverConfig {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(serdes, "serdes");
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(stateDir, "stateDir");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(failures, "failures");
        kafkaOverrides = Map.copyOf(kafkaOverrides);
        if (streamThreads < 1 || maxSnapshotsPerAsset < 2 || maxFactsPerComponent < 8) {
            throw new IllegalArgumentException("streamThreads >= 1, maxSnapshotsPerAsset >= 2 and "
                    + "maxFactsPerComponent >= 8 are required");
        }
    }

    /** Defaults for everything but the connections and the state directory. */
    public static EventDeriverConfig of(String bootstrapServers, SerdeSettings serdes, TopicsConfig topics,
            String applicationId, Path stateDir) {
        return new EventDeriverConfig(bootstrapServers, serdes, topics, applicationId, stateDir, 1,
                DEFAULT_MAX_SNAPSHOTS_PER_ASSET, DEFAULT_MAX_FACTS_PER_COMPONENT, HealthThresholds.defaults(),
                FailureSettings.defaults(), Map.of());
    }

    public EventDeriverConfig withKafkaOverrides(Map<String, String> overrides) {
        return new EventDeriverConfig(bootstrapServers, serdes, topics, applicationId, stateDir, streamThreads,
                maxSnapshotsPerAsset, maxFactsPerComponent, thresholds, failures, overrides);
    }

    /** The Kafka Streams properties: exactly-once v2, the state directory, and the client overrides last. */
    public Properties streamsProperties() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, streamThreads);
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) topics.replicationFactor());
        props.put(StreamsConfig.producerPrefix("max.request.size"), MAX_STATE_RECORD_BYTES);
        props.put(StreamsConfig.producerPrefix("compression.type"), "lz4");
        props.putAll(kafkaOverrides);
        return props;
    }

    /**
     * Reads KAFKA_BOOTSTRAP_SERVERS, REGISTRY_URL, REANIMATOR_STATE_DIR (required), REANIMATOR_SCHEMA_AUTO_REGISTER,
     * REANIMATOR_TOPICS_*, REANIMATOR_DERIVER_* and KAFKA_* pass-through (see the module README).
     *
     * @throws IllegalArgumentException listing every missing or invalid key
     */
    public static EventDeriverConfig fromEnvironment(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        String bootstrap = required(env, "KAFKA_BOOTSTRAP_SERVERS", problems);
        String registry = required(env, "REGISTRY_URL", problems);
        String stateDir = required(env, "REANIMATOR_STATE_DIR", problems);
        String applicationId = env.getOrDefault("REANIMATOR_DERIVER_APPLICATION_ID", DEFAULT_APPLICATION_ID).trim();
        int threads = integer(env, "REANIMATOR_DERIVER_STREAM_THREADS", 1, 1, problems);
        int snapshots = integer(env, "REANIMATOR_DERIVER_MAX_SNAPSHOTS_PER_ASSET", DEFAULT_MAX_SNAPSHOTS_PER_ASSET, 2,
                problems);
        int facts = integer(env, "REANIMATOR_DERIVER_MAX_FACTS_PER_COMPONENT", DEFAULT_MAX_FACTS_PER_COMPONENT, 8,
                problems);
        HealthThresholds thresholds = thresholds(env.get("REANIMATOR_DERIVER_THRESHOLDS"), problems);
        FailureSettings failures = failures(env, problems);
        String autoRegister = env.getOrDefault("REANIMATOR_SCHEMA_AUTO_REGISTER", "false").trim();
        if (!autoRegister.equals("true") && !autoRegister.equals("false")) {
            problems.add("REANIMATOR_SCHEMA_AUTO_REGISTER must be true or false, was '" + autoRegister + "'");
        }
        TopicsConfig topics = null;
        try {
            topics = TopicsConfig.fromProperties(topicProperties(env));
        } catch (InvalidTopicsConfigException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid event-deriver configuration:\n  - "
                    + String.join("\n  - ", problems));
        }
        SerdeSettings serdes = autoRegister.equals("true") ? SerdeSettings.development(registry)
                : SerdeSettings.production(registry);
        return new EventDeriverConfig(bootstrap, serdes, topics, applicationId, Path.of(stateDir), threads,
                snapshots, facts, thresholds, failures, kafkaPassThrough(env));
    }

    /** {@code KAFKA_SECURITY_PROTOCOL=SSL} becomes {@code security.protocol=SSL}; the bootstrap key is separate. */
    static Map<String, String> kafkaPassThrough(Map<String, String> env) {
        Map<String, String> props = new LinkedHashMap<>();
        env.forEach((key, value) -> {
            if (key.startsWith("KAFKA_") && !key.equals("KAFKA_BOOTSTRAP_SERVERS")) {
                props.put(key.substring(6).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        return props;
    }

    private static HealthThresholds thresholds(String raw, List<String> problems) {
        HealthThresholds defaults = HealthThresholds.defaults();
        if (raw == null || raw.isBlank()) {
            return defaults;
        }
        Map<String, HealthThresholds.Threshold> merged = new HashMap<>(defaults.bySignal());
        for (String entry : raw.split(",")) {
            String[] nameAndValues = entry.trim().split("=", 2);
            String[] values = nameAndValues.length == 2 ? nameAndValues[1].split(":") : new String[0];
            try {
                if (values.length < 2 || values.length > 3 || (values.length == 3 && !values[2].equals("lower"))) {
                    throw new NumberFormatException();
                }
                merged.put(nameAndValues[0].trim(), new HealthThresholds.Threshold(Double.parseDouble(values[0]),
                        Double.parseDouble(values[1]), values.length == 3));
            } catch (NumberFormatException e) {
                problems.add("REANIMATOR_DERIVER_THRESHOLDS: '" + entry.trim()
                        + "' is not signal=degradedAt:failingAt[:lower]");
            }
        }
        return new HealthThresholds(merged);
    }

    private static FailureSettings failures(Map<String, String> env, List<String> problems) {
        FailureSettings defaults = FailureSettings.defaults();
        double inferred = defaults.inferredConfidence();
        String raw = env.get("REANIMATOR_DERIVER_INFERRED_CONFIDENCE");
        if (raw != null) {
            try {
                inferred = Double.parseDouble(raw.trim());
                if (inferred < 0 || inferred >= 1) {
                    problems.add("REANIMATOR_DERIVER_INFERRED_CONFIDENCE must be in [0, 1), was " + raw);
                }
            } catch (NumberFormatException e) {
                problems.add("REANIMATOR_DERIVER_INFERRED_CONFIDENCE must be a number, was '" + raw + "'");
            }
        }
        String patterns = env.get("REANIMATOR_DERIVER_FAILURE_LOG_PATTERNS");
        List<String> logPatterns = patterns == null || patterns.isBlank() ? defaults.failureLogPatterns()
                : Arrays.stream(patterns.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
        return new FailureSettings(defaults.confidenceBySource(), inferred, logPatterns);
    }

    private static int integer(Map<String, String> env, String key, int fallback, int min, List<String> problems) {
        String raw = env.get(key);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min) {
                problems.add(key + " must be at least " + min + ", was " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(key + " must be an integer, was '" + raw + "'");
            return fallback;
        }
    }

    private static Map<String, String> topicProperties(Map<String, String> env) {
        Map<String, String> props = new HashMap<>();
        putIfPresent(props, TopicsConfig.PREFIX_KEY, env.get("REANIMATOR_TOPICS_PREFIX"));
        putIfPresent(props, TopicsConfig.PARTITIONS_KEY, env.get("REANIMATOR_TOPICS_PARTITIONS"));
        putIfPresent(props, TopicsConfig.REPLICATION_FACTOR_KEY, env.get("REANIMATOR_TOPICS_REPLICATION_FACTOR"));
        return props;
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.trim());
        }
    }

    private static String required(Map<String, String> env, String key, List<String> problems) {
        String value = env.get(key);
        if (value == null || value.isBlank()) {
            problems.add(key + " is required");
            return null;
        }
        return value.trim();
    }
}
