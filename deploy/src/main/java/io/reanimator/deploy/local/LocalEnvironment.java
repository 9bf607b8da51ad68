package io.reanimator.deploy.local;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The environment every embedded service is configured from: the same keys a standalone service reads from its
 * process environment ({@code KAFKA_BOOTSTRAP_SERVERS}, {@code REGISTRY_URL}, {@code REANIMATOR_JDBC_URL}, ...),
 * filled in by the infrastructure parts as they start. Each service gets a copy plus its own state directory, so
 * the all-in-one configures services exactly as production does.
 */
public final class LocalEnvironment {

    public static final String KAFKA_BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";
    public static final String REGISTRY_URL = "REGISTRY_URL";
    public static final String JDBC_URL = "REANIMATOR_JDBC_URL";
    public static final String JDBC_USER = "REANIMATOR_JDBC_USER";
    public static final String JDBC_PASSWORD = "REANIMATOR_JDBC_PASSWORD";
    public static final String RAW_STORE_DIR = "REANIMATOR_RAW_STORE_DIR";
    public static final String SPOOL_DIR = "REANIMATOR_SPOOL_DIR";
    public static final String STATE_DIR = "REANIMATOR_STATE_DIR";
    public static final String SCHEMA_AUTO_REGISTER = "REANIMATOR_SCHEMA_AUTO_REGISTER";
    public static final String API_TOKENS = "REANIMATOR_API_TOKENS";
    public static final String TOPICS_PREFIX = "REANIMATOR_TOPICS_PREFIX";
    public static final String TOPICS_PARTITIONS = "REANIMATOR_TOPICS_PARTITIONS";
    public static final String TOPICS_REPLICATION_FACTOR = "REANIMATOR_TOPICS_REPLICATION_FACTOR";

    private final DataLayout layout;
    private final Map<String, String> values = new LinkedHashMap<>();

    public LocalEnvironment(DataLayout layout) {
        this.layout = layout;
        // One local broker: every topic has one replica; the serializers register their own schemas.
        put(TOPICS_REPLICATION_FACTOR, "1");
        put(SCHEMA_AUTO_REGISTER, "true");
        put(RAW_STORE_DIR, layout.rawStore().toString());
        put(SPOOL_DIR, layout.spool().toString());
    }

    public synchronized LocalEnvironment put(String key, String value) {
        values.put(key, value);
        return this;
    }

    public synchronized String get(String key) {
        return values.get(key);
    }

    /** The common keys as they are now. */
    public synchronized Map<String, String> common() {
        return Map.copyOf(values);
    }

    /** The environment of one service, read when it starts: the common keys plus its own state directory. */
    public Supplier<Map<String, String>> forService(String service) {
        return () -> {
            Map<String, String> env = new LinkedHashMap<>(common());
            env.put(STATE_DIR, layout.streamsState(service).toString());
            return Map.copyOf(env);
        };
    }
}
