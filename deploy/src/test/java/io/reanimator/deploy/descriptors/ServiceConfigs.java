package io.reanimator.deploy.descriptors;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.reanimator.deriver.EventDeriverConfig;
import io.reanimator.gateway.GatewayConfig;
import io.reanimator.parser.ParserStreamConfig;
import io.reanimator.record.RecordApiConfig;
import io.reanimator.sink.StateSinkConfig;

/**
 * The services whose configuration the descriptor tests check, each with its {@code XxxConfig.fromEnvironment}.
 * Wiring in a service: add its config loader to {@link #LOADERS}.
 */
final class ServiceConfigs {

    /** Service (compose service, Kubernetes workload, module and image name) → its config loader. */
    static final Map<String, Function<Map<String, String>, ?>> LOADERS = loaders();


    /** Every Reanimator service the descriptors must deploy. */
    static final Set<String> ALL = Set.of("ingest-gateway", "parser-stream", "event-deriver", "state-sink",
            "record-api");

    private ServiceConfigs() {
    }

    private static Map<String, Function<Map<String, String>, ?>> loaders() {
        Map<String, Function<Map<String, String>, ?>> loaders = new LinkedHashMap<>();
        loaders.put("ingest-gateway", GatewayConfig::fromEnvironment);
        loaders.put("parser-stream", ParserStreamConfig::fromEnvironment);
        loaders.put("event-deriver", EventDeriverConfig::fromEnvironment);
        loaders.put("state-sink", StateSinkConfig::fromEnvironment);
        loaders.put("record-api", RecordApiConfig::fromEnvironment);
        return Map.copyOf(loaders);
    }
}
