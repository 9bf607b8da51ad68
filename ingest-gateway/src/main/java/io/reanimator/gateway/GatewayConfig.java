package io.reanimator.gateway;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.reanimator.gateway.batch.BatchLimits;
import io.reanimator.schemas.serde.SerdeSettings;
import io.reanimator.schemas.topic.TopicsConfig;

/**
 * Everything the gateway needs from its environment, read and checked once at start-up.
 *
 * @param bootstrapServers Kafka bootstrap servers
 * @param serdes           schema registry settings
 * @param topics           topic naming
 * @param rawStoreDir      the claim-check store of raw bundle bytes (a shared volume when several gateways run)
 * @param spoolDir         where uploads are spooled while they are hashed and checked
 * @param maxBundleBytes   the largest bundle accepted; larger uploads are answered 413
 * @param apiTokens        accepted bearer tokens, by principal (site or collector), as SHA-256 hex digests
 * @param batchLimits      how many items and bytes one {@code POST /ingest/batch} may carry
 */
public record GatewayConfig(
        String bootstrapServers,
        SerdeSettings serdes,
        TopicsConfig topics,
        Path rawStoreDir,
        Path spoolDir,
        long maxBundleBytes,
        Map<String, String> apiTokens,
        BatchLimits batchLimits) {

    public static final long DEFAULT_MAX_BUNDLE_BYTES = 256L * 1024 * 1024;
    /** The HTTP server's own bound on a request body ({@code micronaut.server.max-request-size}); limits stay below. */
    public static final long SERVER_MAX_REQUEST_BYTES = 4L * 1024 * 1024 * 1024;

    public GatewayConfig {
        apiTokens = Map.copyOf(apiTokens);
    }

    /** The configuration with the default batch limits. */
    public GatewayConfig(String bootstrapServers, SerdeSettings serdes, TopicsConfig topics, Path rawStoreDir,
                         Path spoolDir, long maxBundleBytes, Map<String, String> apiTokens) {
        this(bootstrapServers, serdes, topics, rawStoreDir, spoolDir, maxBundleBytes, apiTokens, BatchLimits.DEFAULT);
    }

    /**
     * Reads the configuration table of the README: {@code KAFKA_BOOTSTRAP_SERVERS}, {@code REGISTRY_URL},
     * {@code REANIMATOR_RAW_STORE_DIR}, {@code REANIMATOR_SPOOL_DIR}, {@code REANIMATOR_GATEWAY_MAX_BUNDLE_BYTES},
     * {@code REANIMATOR_GATEWAY_BATCH_MAX_ITEMS}, {@code REANIMATOR_GATEWAY_BATCH_MAX_BYTES},
     * {@code REANIMATOR_API_TOKENS} ({@code principal=sha256hex,...}), {@code REANIMATOR_SCHEMA_AUTO_REGISTER}.
     *
     * @throws IllegalArgumentException listing every missing or invalid key
     */
    public static GatewayConfig fromEnvironment(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        String bootstrap = required(env, "KAFKA_BOOTSTRAP_SERVERS", problems);
        String registry = required(env, "REGISTRY_URL", problems);
        String rawStore = required(env, "REANIMATOR_RAW_STORE_DIR", problems);
        String spool = env.getOrDefault("REANIMATOR_SPOOL_DIR", System.getProperty("java.io.tmpdir"));
        long maxBytes = number(env, "REANIMATOR_GATEWAY_MAX_BUNDLE_BYTES", DEFAULT_MAX_BUNDLE_BYTES,
                64L * 1024 * 1024, SERVER_MAX_REQUEST_BYTES, problems);
        long batchItems = number(env, "REANIMATOR_GATEWAY_BATCH_MAX_ITEMS", BatchLimits.DEFAULT_MAX_ITEMS,
                1, 100_000, problems);
        long batchBytes = number(env, "REANIMATOR_GATEWAY_BATCH_MAX_BYTES", BatchLimits.DEFAULT_MAX_BYTES,
                1024 * 1024, SERVER_MAX_REQUEST_BYTES, problems);
        Map<String, String> tokens = Map.of();
        try {
            tokens = io.reanimator.gateway.auth.ApiTokens.parseDigests(env.getOrDefault("REANIMATOR_API_TOKENS", ""));
            if (tokens.isEmpty()) {
                problems.add("REANIMATOR_API_TOKENS must name at least one principal=sha256hex token");
            }
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        boolean autoRegister = Boolean.parseBoolean(env.getOrDefault("REANIMATOR_SCHEMA_AUTO_REGISTER", "false"));
        TopicsConfig topics = null;
        try {
            topics = TopicsConfig.fromProperties(topicProperties(env));
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid gateway configuration:\n  - " + String.join("\n  - ", problems));
        }
        SerdeSettings serdes = autoRegister ? SerdeSettings.development(registry) : SerdeSettings.production(registry);
        return new GatewayConfig(bootstrap, serdes, topics, Path.of(rawStore), Path.of(spool), maxBytes, tokens,
                new BatchLimits((int) batchItems, batchBytes));
    }

    /** {@code REANIMATOR_TOPICS_PREFIX} and friends, under the keys {@link TopicsConfig} reads. */
    private static Map<String, String> topicProperties(Map<String, String> env) {
        Map<String, String> props = new java.util.HashMap<>();
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

    private static long number(Map<String, String> env, String key, long fallback, long min, long max,
                               List<String> problems) {
        String raw = env.get(key);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(raw.trim());
            if (value < min || value > max) {
                problems.add(key + " must be between " + min + " and " + max + ", was " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(key + " must be a whole number, was '" + raw + "'");
            return fallback;
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
