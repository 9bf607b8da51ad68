package io.reanimator.record;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.reanimator.record.auth.WriteTokens;
import io.reanimator.schemas.db.PoolSettings;
import io.reanimator.schemas.serde.SerdeSettings;
import io.reanimator.schemas.topic.TopicsConfig;

/**
 * Everything the record API needs from its environment, read and checked once at start-up.
 *
 * @param pool             the MariaDB connection pool (URL, user, password, size)
 * @param migrate          run the Flyway migrations at start (safe with several processes: Flyway locks)
 * @param bootstrapServers Kafka bootstrap servers
 * @param serdes           schema registry settings
 * @param topics           topic naming
 * @param kafkaProperties  extra Kafka client properties ({@code KAFKA_<PROP>} pass-through)
 * @param consumerGroup    consumer group of the registry consumer
 * @param apiTokens        accepted bearer tokens for registry writes, by principal, as SHA-256 hex digests
 * @param cursorSecret     key that signs pagination cursors; all instances behind one address need the same
 * @param classifyInterval how often components without a LOT are classified; zero disables the timer
 * @param httpPort         HTTP port when run on its own
 */
public record RecordApiConfig(
        PoolSettings pool,
        boolean migrate,
        String bootstrapServers,
        SerdeSettings serdes,
        TopicsConfig topics,
        Map<String, Object> kafkaProperties,
        String consumerGroup,
        Map<String, String> apiTokens,
        byte[] cursorSecret,
        Duration classifyInterval,
        int httpPort) {

    public static final int DEFAULT_HTTP_PORT = 8081;
    public static final int DEFAULT_POOL_SIZE = 8;
    public static final String DEFAULT_CONSUMER_GROUP = "reanimator-record-api";
    public static final Duration DEFAULT_CLASSIFY_INTERVAL = Duration.ofSeconds(60);
    static final int MIN_CURSOR_SECRET_BYTES = 32;

    public RecordApiConfig {
        kafkaProperties = Map.copyOf(kafkaProperties);
        apiTokens = Map.copyOf(apiTokens);
        cursorSecret = cursorSecret.clone();
    }

    /** Settings for programmatic use (tests, the all-in-one): defaults for everything else, a random cursor key. */
    public static RecordApiConfig of(PoolSettings pool, String bootstrapServers, SerdeSettings serdes,
                                     TopicsConfig topics, Map<String, String> apiTokens) {
        return new RecordApiConfig(pool, true, bootstrapServers, serdes, topics, Map.of(), DEFAULT_CONSUMER_GROUP,
                apiTokens, randomSecret(), DEFAULT_CLASSIFY_INTERVAL, DEFAULT_HTTP_PORT);
    }

    public RecordApiConfig withConsumerGroup(String group) {
        return new RecordApiConfig(pool, migrate, bootstrapServers, serdes, topics, kafkaProperties, group, apiTokens,
                cursorSecret, classifyInterval, httpPort);
    }

    public RecordApiConfig withClassifyInterval(Duration interval) {
        return new RecordApiConfig(pool, migrate, bootstrapServers, serdes, topics, kafkaProperties, consumerGroup,
                apiTokens, cursorSecret, interval, httpPort);
    }

    @Override
    public byte[] cursorSecret() {
        return cursorSecret.clone();
    }

    /**
     * Reads the configuration table of the module README.
     *
     * @throws IllegalArgumentException listing every missing or invalid key
     */
    public static RecordApiConfig fromEnvironment(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        String jdbcUrl = required(env, "REANIMATOR_JDBC_URL", problems);
        String jdbcUser = required(env, "REANIMATOR_JDBC_USER", problems);
        String jdbcPassword = env.getOrDefault("REANIMATOR_JDBC_PASSWORD", "");
        int poolSize = intValue(env, "REANIMATOR_RECORD_API_POOL_SIZE", DEFAULT_POOL_SIZE, 1, 200, problems);
        boolean migrate = booleanValue(env, "REANIMATOR_DB_MIGRATE", true, problems);
        String bootstrap = required(env, "KAFKA_BOOTSTRAP_SERVERS", problems);
        String registry = required(env, "REGISTRY_URL", problems);
        boolean autoRegister = booleanValue(env, "REANIMATOR_SCHEMA_AUTO_REGISTER", false, problems);
        String group = env.getOrDefault("REANIMATOR_RECORD_API_GROUP_ID", DEFAULT_CONSUMER_GROUP).trim();
        if (group.isEmpty()) {
            problems.add("REANIMATOR_RECORD_API_GROUP_ID must not be blank");
        }
        Map<String, String> tokens = Map.of();
        try {
            tokens = WriteTokens.parseDigests(env.getOrDefault("REANIMATOR_API_TOKENS", ""));
            if (tokens.isEmpty()) {
                problems.add("REANIMATOR_API_TOKENS must name at least one principal=sha256hex token");
            }
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        byte[] secret = randomSecret();
        String secretText = env.get("REANIMATOR_CURSOR_SECRET");
        if (secretText != null) {
            secret = secretText.getBytes(StandardCharsets.UTF_8);
            if (secret.length < MIN_CURSOR_SECRET_BYTES) {
                problems.add("REANIMATOR_CURSOR_SECRET must be at least " + MIN_CURSOR_SECRET_BYTES + " bytes long");
            }
        }
        int classifySeconds = intValue(env, "REANIMATOR_LOT_CLASSIFY_INTERVAL_SECONDS",
                (int) DEFAULT_CLASSIFY_INTERVAL.toSeconds(), 0, 86_400, problems);
        int port = intValue(env, "REANIMATOR_HTTP_PORT", DEFAULT_HTTP_PORT, 0, 65_535, problems);
        TopicsConfig topics = null;
        try {
            topics = TopicsConfig.fromProperties(topicProperties(env));
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        PoolSettings pool = null;
        if (jdbcUrl != null && jdbcUser != null) {
            try {
                pool = PoolSettings.of(jdbcUrl, jdbcUser, jdbcPassword).withPoolSize(poolSize)
                        .withPoolName("record-api");
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid record API configuration:\n  - "
                    + String.join("\n  - ", problems));
        }
        SerdeSettings serdes = autoRegister ? SerdeSettings.development(registry) : SerdeSettings.production(registry);
        return new RecordApiConfig(pool, migrate, bootstrap, serdes, topics, kafkaPassThrough(env), group, tokens,
                secret, Duration.ofSeconds(classifySeconds), port);
    }

    /** {@code KAFKA_SECURITY_PROTOCOL=SSL} becomes {@code security.protocol=SSL}; the bootstrap key is separate. */
    static Map<String, Object> kafkaPassThrough(Map<String, String> env) {
        Map<String, Object> props = new HashMap<>();
        env.forEach((key, value) -> {
            if (key.startsWith("KAFKA_") && !key.equals("KAFKA_BOOTSTRAP_SERVERS")) {
                props.put(key.substring(6).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        return props;
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

    private static int intValue(Map<String, String> env, String key, int fallback, int min, int max,
                                List<String> problems) {
        String raw = env.get(key);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                problems.add(key + " must be between " + min + " and " + max + ", was " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(key + " must be a whole number, was '" + raw + "'");
            return fallback;
        }
    }

    private static boolean booleanValue(Map<String, String> env, String key, boolean fallback, List<String> problems) {
        String raw = env.get(key);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        String value = raw.trim().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            problems.add(key + " must be true or false, was '" + raw + "'");
            return fallback;
        }
        return Boolean.parseBoolean(value);
    }

    private static byte[] randomSecret() {
        byte[] secret = new byte[MIN_CURSOR_SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        return secret;
    }

    /** Keeps the password, tokens and cursor key out of logs. */
    @Override
    public String toString() {
        return "RecordApiConfig[pool=" + pool + ", migrate=" + migrate + ", bootstrapServers=" + bootstrapServers
                + ", topics=" + topics + ", consumerGroup=" + consumerGroup + ", principals=" + apiTokens.keySet()
                + ", classifyInterval=" + classifyInterval + ", httpPort=" + httpPort + "]";
    }
}
