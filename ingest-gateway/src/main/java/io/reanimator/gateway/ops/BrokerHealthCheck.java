package io.reanimator.gateway.ops;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.reanimator.gateway.GatewayConfig;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** UP when the Kafka cluster the gateway publishes to answers a metadata request within 3 s. */
@Singleton
public final class BrokerHealthCheck implements HealthCheck {

    private final Admin admin;

    public BrokerHealthCheck(GatewayConfig config) {
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000));
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public boolean isUp() {
        try {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    @PreDestroy
    void close() {
        admin.close();
    }
}
