package io.reanimator.deploy.descriptors;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.reanimator.gateway.GatewayConfig;

/**
 * The services whose configuration the descriptor tests check, each with its {@code XxxConfig.fromEnvironment}.
 * Wiring in a service: move its name from {@link #PENDING} to {@link #LOADERS}.
 */
final class ServiceConfigs {

    /** Service (compose service, Kubernetes workload, module and image name) → its config loader. */
    static final Map<String, Function<Map<String, String>, ?>> LOADERS = loaders();

    /** Services deployed by compose and Kubernetes whose modules are not on this branch yet. */
    static final Set<String> PENDING = Set.of("parser-stream", "event-deriver", "state-sink", "record-api");

    /** Every Reanimator service the descriptors must deploy. */
    static final Set<String> ALL = Set.of("ingest-gateway", "parser-stream", "event-deriver", "state-sink",
            "record-api");

    private ServiceConfigs() {
    }

    private static Map<String, Function<Map<String, String>, ?>> loaders() {
        Map<String, Function<Map<String, String>, ?>> loaders = new LinkedHashMap<>();
        loaders.put("ingest-gateway", GatewayConfig::fromEnvironment);
        return Map.copyOf(loaders);
    }
}
