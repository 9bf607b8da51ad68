package io.reanimator.gateway.ops;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micronaut.context.annotation.Bean;
import io.reanimator.gateway.GatewayConfig;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** UP only when the broker answers and the raw store can be written: the two things an upload needs. */
@Singleton
@Bean
public final class GatewayHealth {

    private final GatewayConfig config;
    private final Admin admin;

    public GatewayHealth(GatewayConfig config) {
        this.config = config;
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000));
    }

    public Map<String, Object> check() {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("kafka", kafkaUp() ? "UP" : "DOWN");
        parts.put("rawStore", Files.isWritable(config.rawStoreDir()) ? "UP" : "DOWN");
        boolean up = parts.values().stream().allMatch("UP"::equals);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("status", up ? "UP" : "DOWN");
        report.put("components", parts);
        return report;
    }

    private boolean kafkaUp() {
        try {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }

    @PreDestroy
    void close() {
        admin.close();
    }
}
