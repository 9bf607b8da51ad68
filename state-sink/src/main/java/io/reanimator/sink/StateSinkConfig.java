package io.reanimator.sink;

import io.reanimator.schemas.db.PoolSettings;
import io.reanimator.schemas.serde.SerdeSettings;
import io.reanimator.schemas.topic.TopicsConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything the state sink needs, read and checked once at start-up. See the module README for the table of
 * environment keys.
 *
 * @param bootstrapServers Kafka bootstrap servers
 * @param serdes           schema registry settings (the dead-letter serializer registers or finds its schema)
 * @param topics           topic naming
 * @param database         the connection pool (fixed size; maxLifetime below the server's wait_timeout)
 * @param groupId          consumer group, also the key of this sink's rows in {@code sink_offsets}
 * @param maxPollRecords   records per poll, hence the largest database transaction
 * @param pollTimeout      how long one poll waits for records
 * @param retryBackoff     first delay after a transient failure; doubled per consecutive failure
 * @param maxRetryBackoff  cap of that delay
 * @param migrate          run the Flyway migrations at start
 * @param kafkaProperties  further client properties ({@code KAFKA_*} pass-through), for consumer and producer
 */
public record StateSinkConfig(
        String bootstrapServers,
        SerdeSettings serdes,
        TopicsConfig topics,
        PoolSettings database,
        String groupId,
        int maxPollRecords,
        Duration pollTimeout,
        Duration retryBackoff,
        Duration maxRetryBackoff,
        boolean migrate,
        Map<String, String> kafkaProperties) {

    public static final String DEFAULT_GROUP_ID = "reanimator-state-sink";
    public static final int DEFAULT_MAX_POLL_RECORDS = 2_000;
    public static final Duration DEFAULT_POLL_TIMEOUT = Duration.ofMillis(500);
    public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofMillis(200);
    public static final Duration DEFAULT_MAX_RETRY_BACKOFF = Duration.ofSeconds(30);
    public static final int DEFAULT_POOL_SIZE = 2;

    /** Client properties the sink sets itself; overriding them would break its guarantees. */
    static final Set<String> OWNED_KAFKA_PROPERTIES = Set.of("bootstrap.servers", "group.id", "enable.auto.commit",
            "key.deserializer", "value.deserializer", "key.serializer", "value.serializer", "max.poll.records");

    public StateSinkConfig {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(serdes, "serdes");
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(groupId, "groupId");
        kafkaProperties = Map.copyOf(kafkaProperties);
        List<String> problems = new ArrayList<>();
        if (groupId.isBlank() || groupId.length() > 255) {
            problems.add("groupId must be 1 to 255 characters");
        }
        if (maxPollRecords < 1) {
            problems.add("maxPollRecords must be at least 1, was " + maxPollRecords);
        }
        requirePositive(pollTimeout, "pollTimeout", problems);
        requirePositive(retryBackoff, "retryBackoff", problems);
        requirePositive(maxRetryBackoff, "maxRetryBackoff", problems);
        kafkaProperties.keySet().stream().filter(OWNED_KAFKA_PROPERTIES::contains)
                .forEach(key -> problems.add("Kafka property " + key + " is set by the sink and cannot be overridden"));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid state sink configuration: " + String.join("; ", problems));
        }
    }

    /** Programmatic use with the defaults: development serdes, default topics, a pool of two. */
    public static StateSinkConfig of(String bootstrapServers, String registryUrl, TopicsConfig topics,
            String jdbcUrl, String user, String password) {
        return new StateSinkConfig(bootstrapServers, SerdeSettings.development(registryUrl), topics,
                PoolSettings.of(jdbcUrl, user, password).withPoolSize(DEFAULT_POOL_SIZE).withPoolName("state-sink"),
                DEFAULT_GROUP_ID, DEFAULT_MAX_POLL_RECORDS, DEFAULT_POLL_TIMEOUT, DEFAULT_RETRY_BACKOFF,
                DEFAULT_MAX_RETRY_BACKOFF, true, Map.of());
    }

    public StateSinkConfig withGroupId(String group) {
        return new StateSinkConfig(bootstrapServers, serdes, topics, database, group, maxPollRecords, pollTimeout,
                retryBackoff, maxRetryBackoff, migrate, kafkaProperties);
    }

    public StateSinkConfig withDatabase(PoolSettings pool) {
        return new StateSinkConfig(bootstrapServers, serdes, topics, pool, groupId, maxPollRecords, pollTimeout,
                retryBackoff, maxRetryBackoff, migrate, kafkaProperties);
    }

    public StateSinkConfig withMaxPollRecords(int records) {
        return new StateSinkConfig(bootstrapServers, serdes, topics, database, groupId, records, pollTimeout,
                retryBackoff, maxRetryBackoff, migrate, kafkaProperties);
    }

    public StateSinkConfig withRetryBackoff(Duration initial, Duration max) {
        return new StateSinkConfig(bootstrapServers, serdes, topics, database, groupId, maxPollRecords, pollTimeout,
                initial, max, migrate, kafkaProperties);
    }

    /**
     * Reads the environment keys of the README.
     *
     * @throws IllegalArgumentException listing every missing or invalid key
     */
    public static StateSinkConfig fromEnvironment(Map<String, String> env) {
        EnvReader reader = new EnvReader(env);
        String bootstrap = reader.required("KAFKA_BOOTSTRAP_SERVERS");
        String registry = reader.required("REGISTRY_URL");
        boolean autoRegister = reader.bool("REANIMATOR_SCHEMA_AUTO_REGISTER", false);
        String jdbcUrl = reader.required("REANIMATOR_JDBC_URL");
        String user = reader.required("REANIMATOR_JDBC_USER");
        String password = env.getOrDefault("REANIMATOR_JDBC_PASSWORD", "");
        int poolSize = reader.integer("REANIMATOR_JDBC_POOL_SIZE", DEFAULT_POOL_SIZE, 1);
        Duration maxLifetime = reader.millis("REANIMATOR_JDBC_MAX_LIFETIME_MS", PoolSettings.DEFAULT_MAX_LIFETIME, 30_000);
        Duration connectionTimeout = reader.millis("REANIMATOR_JDBC_CONNECTION_TIMEOUT_MS",
                PoolSettings.DEFAULT_CONNECTION_TIMEOUT, 250);
        String group = env.getOrDefault("REANIMATOR_SINK_GROUP_ID", DEFAULT_GROUP_ID).trim();
        int maxPoll = reader.integer("REANIMATOR_SINK_MAX_POLL_RECORDS", DEFAULT_MAX_POLL_RECORDS, 1);
        Duration poll = reader.millis("REANIMATOR_SINK_POLL_TIMEOUT_MS", DEFAULT_POLL_TIMEOUT, 1);
        Duration backoff = reader.millis("REANIMATOR_SINK_RETRY_BACKOFF_MS", DEFAULT_RETRY_BACKOFF, 1);
        Duration maxBackoff = reader.millis("REANIMATOR_SINK_RETRY_BACKOFF_MAX_MS", DEFAULT_MAX_RETRY_BACKOFF, 1);
        boolean migrate = reader.bool("REANIMATOR_SINK_MIGRATE", true);
        TopicsConfig topics = reader.topics();
        Map<String, String> kafka = reader.kafkaPassThrough();
        PoolSettings pool = reader.pool(jdbcUrl, user, password, poolSize, maxLifetime, connectionTimeout);
        reader.throwIfInvalid();
        SerdeSettings serdes = autoRegister ? SerdeSettings.development(registry) : SerdeSettings.production(registry);
        try {
            return new StateSinkConfig(bootstrap, serdes, topics, pool, group, maxPoll, poll, backoff, maxBackoff,
                    migrate, kafka);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid state sink configuration:\n  - " + e.getMessage(), e);
        }
    }

    private static void requirePositive(Duration duration, String name, List<String> problems) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            problems.add(name + " must be positive, was " + duration);
        }
    }

    /** Collects every problem before failing. */
    private static final class EnvReader {

        private final Map<String, String> env;
        private final List<String> problems = new ArrayList<>();

        EnvReader(Map<String, String> env) {
            this.env = env;
        }

        String required(String key) {
            String value = env.get(key);
            if (value == null || value.isBlank()) {
                problems.add(key + " is required");
                return null;
            }
            return value.trim();
        }

        boolean bool(String key, boolean fallback) {
            String value = env.get(key);
            if (value == null || value.isBlank()) {
                return fallback;
            }
            String v = value.trim().toLowerCase(Locale.ROOT);
            if (!v.equals("true") && !v.equals("false")) {
                problems.add(key + " must be true or false, was '" + value + "'");
                return fallback;
            }
            return Boolean.parseBoolean(v);
        }

        int integer(String key, int fallback, int min) {
            String value = env.get(key);
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                int parsed = Integer.parseInt(value.trim());
                if (parsed < min) {
                    problems.add(key + " must be at least " + min + ", was " + parsed);
                    return fallback;
                }
                return parsed;
            } catch (NumberFormatException e) {
                problems.add(key + " must be an integer, was '" + value + "'");
                return fallback;
            }
        }

        Duration millis(String key, Duration fallback, long min) {
            String value = env.get(key);
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                long parsed = Long.parseLong(value.trim());
                if (parsed < min) {
                    problems.add(key + " must be at least " + min + " ms, was " + parsed);
                    return fallback;
                }
                return Duration.ofMillis(parsed);
            } catch (NumberFormatException e) {
                problems.add(key + " must be a number of milliseconds, was '" + value + "'");
                return fallback;
            }
        }

        TopicsConfig topics() {
            Map<String, String> props = new HashMap<>();
            copy("REANIMATOR_TOPICS_PREFIX", TopicsConfig.PREFIX_KEY, props);
            copy("REANIMATOR_TOPICS_PARTITIONS", TopicsConfig.PARTITIONS_KEY, props);
            copy("REANIMATOR_TOPICS_REPLICATION_FACTOR", TopicsConfig.REPLICATION_FACTOR_KEY, props);
            try {
                return TopicsConfig.fromProperties(props);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
                return TopicsConfig.defaults();
            }
        }

        /** {@code KAFKA_SECURITY_PROTOCOL=SSL} becomes {@code security.protocol=SSL}. */
        Map<String, String> kafkaPassThrough() {
            Map<String, String> props = new TreeMap<>();
            env.forEach((key, value) -> {
                if (key.startsWith("KAFKA_") && !key.equals("KAFKA_BOOTSTRAP_SERVERS")) {
                    String property = key.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
                    if (OWNED_KAFKA_PROPERTIES.contains(property)) {
                        problems.add(key + " sets " + property + ", which the sink sets itself");
                    } else {
                        props.put(property, value);
                    }
                }
            });
            return props;
        }

        PoolSettings pool(String url, String user, String password, int size, Duration lifetime, Duration timeout) {
            if (url == null || user == null) {
                return null;
            }
            try {
                return new PoolSettings(url, user, password, size, lifetime, timeout, "state-sink");
            } catch (IllegalArgumentException e) {
                problems.add("REANIMATOR_JDBC_*: " + e.getMessage());
                return null;
            }
        }

        void throwIfInvalid() {
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("Invalid state sink configuration:\n  - "
                        + String.join("\n  - ", problems));
            }
        }

        private void copy(String envKey, String propertyKey, Map<String, String> props) {
            String value = env.get(envKey);
            if (value != null && !value.isBlank()) {
                props.put(propertyKey, value.trim());
            }
        }
    }
}
