package io.reanimator.parser;

import io.reanimator.parser.stream.DeadLetterDeserializationHandler;
import io.reanimator.parser.stream.DeadLetterProcessingHandler;
import io.reanimator.schemas.serde.SerdeSettings;
import io.reanimator.schemas.topic.InvalidTopicsConfigException;
import io.reanimator.schemas.topic.TopicsConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Everything the parser stream needs, validated once. See the module README for the environment keys.
 *
 * @param kafkaProperties extra Kafka client properties ({@code KAFKA_SECURITY_PROTOCOL} → {@code security.protocol})
 */
public record ParserStreamConfig(
        String bootstrapServers,
        String registryUrl,
        boolean schemaAutoRegister,
        Path rawStoreDir,
        Path stateDir,
        String applicationId,
        int streamThreads,
        TopicsConfig topics,
        Map<String, String> kafkaProperties) {

    public static final String DEFAULT_APPLICATION_ID = "reanimator-parser-stream";

    public ParserStreamConfig {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(registryUrl, "registryUrl");
        Objects.requireNonNull(rawStoreDir, "rawStoreDir");
        Objects.requireNonNull(stateDir, "stateDir");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(topics, "topics");
        if (streamThreads < 1) {
            throw new IllegalArgumentException("streamThreads must be >= 1");
        }
        kafkaProperties = Map.copyOf(kafkaProperties);
    }

    /**
     * Reads the keys of the module README's configuration table.
     *
     * @throws IllegalArgumentException listing every missing or invalid key
     */
    public static ParserStreamConfig fromEnvironment(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        String bootstrap = required(env, "KAFKA_BOOTSTRAP_SERVERS", problems);
        String registry = required(env, "REGISTRY_URL", problems);
        String rawStore = required(env, "REANIMATOR_RAW_STORE_DIR", problems);
        String stateDir = env.getOrDefault("REANIMATOR_STATE_DIR",
                Path.of(System.getProperty("java.io.tmpdir"), "reanimator-parser-stream").toString());
        boolean autoRegister = bool(env, "REANIMATOR_SCHEMA_AUTO_REGISTER", problems);
        int threads = positiveInt(env, "REANIMATOR_PARSER_THREADS", 1, problems);
        String applicationId = env.getOrDefault("REANIMATOR_PARSER_APPLICATION_ID", DEFAULT_APPLICATION_ID);
        if (registry != null) {
            try {
                SerdeSettings.development(registry);
            } catch (IllegalArgumentException e) {
                problems.add("REGISTRY_URL: " + e.getMessage());
            }
        }
        TopicsConfig topics = null;
        try {
            topics = TopicsConfig.fromProperties(topicProperties(env));
        } catch (InvalidTopicsConfigException e) {
            problems.add(e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid parser-stream configuration:\n  - "
                    + String.join("\n  - ", problems));
        }
        return new ParserStreamConfig(bootstrap, registry, autoRegister, Path.of(rawStore), Path.of(stateDir),
                applicationId, threads, topics, passThrough(env));
    }

    /** The serde settings: auto-register in development, latest registered schema otherwise. */
    public SerdeSettings serdeSettings() {
        return schemaAutoRegister ? SerdeSettings.development(registryUrl) : SerdeSettings.production(registryUrl);
    }

    /** Kafka Streams properties: exactly-once v2, the dead-letter handlers, the pass-through client keys. */
    public Properties streamsProperties() {
        Properties props = new Properties();
        props.putAll(kafkaProperties);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, streamThreads);
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) topics.replicationFactor());
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterDeserializationHandler.class.getName());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class.getName());
        return props;
    }

    private static Map<String, String> topicProperties(Map<String, String> env) {
        Map<String, String> props = new HashMap<>();
        putIfPresent(env, "REANIMATOR_TOPICS_PREFIX", TopicsConfig.PREFIX_KEY, props);
        putIfPresent(env, "REANIMATOR_TOPICS_PARTITIONS", TopicsConfig.PARTITIONS_KEY, props);
        putIfPresent(env, "REANIMATOR_TOPICS_REPLICATION_FACTOR", TopicsConfig.REPLICATION_FACTOR_KEY, props);
        return props;
    }

    /** {@code KAFKA_SECURITY_PROTOCOL=SSL} → {@code security.protocol=SSL}; the bootstrap key is read explicitly. */
    private static Map<String, String> passThrough(Map<String, String> env) {
        Map<String, String> props = new HashMap<>();
        env.forEach((key, value) -> {
            if (key.startsWith("KAFKA_") && !key.equals("KAFKA_BOOTSTRAP_SERVERS")) {
                props.put(key.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        return props;
    }

    private static void putIfPresent(Map<String, String> env, String envKey, String key, Map<String, String> out) {
        if (env.get(envKey) != null) {
            out.put(key, env.get(envKey));
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

    private static boolean bool(Map<String, String> env, String key, List<String> problems) {
        String value = env.getOrDefault(key, "false").trim().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            problems.add(key + " must be true or false, was '" + env.get(key) + "'");
        }
        return value.equals("true");
    }

    private static int positiveInt(Map<String, String> env, String key, int fallback, List<String> problems) {
        String value = env.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(key + " must be a positive integer, was '" + value + "'");
        return fallback;
    }
}
