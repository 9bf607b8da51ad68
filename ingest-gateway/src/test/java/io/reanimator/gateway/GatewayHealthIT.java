package io.reanimator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reanimator.embedded.junit.TestKafka;
import io.reanimator.embedded.junit.WithKafka;
import io.reanimator.gateway.ops.HealthCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithKafka
class GatewayHealthIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private final TestKafka kafka;

    GatewayHealthIT(TestKafka kafka) {
        this.kafka = kafka;
    }

    @Test
    void shouldAnswerUpWithEveryComponentWhenBrokerAndRawStoreWork() throws Exception {
        // given
        try (RunningGateway gateway = RunningGateway.start(config())) {
            // when
            HttpResponse<String> response = gateway.get("/health");

            // then
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode report = JSON.readTree(response.body());
            assertThat(report.get("status").asText()).isEqualTo("UP");
            assertThat(report.get("components").get("kafka").asText()).isEqualTo("UP");
            assertThat(report.get("components").get("rawStore").asText()).isEqualTo("UP");
        }
    }

    @Test
    void shouldAnswer503NamingThePartWhenOneRegisteredCheckIsDown() throws Exception {
        // given: an embedding process registered two more checks, one of which goes down later
        AtomicBoolean parserUp = new AtomicBoolean(true);
        try (RunningGateway gateway = RunningGateway.start(config(),
                check("parser-stream", parserUp::get), check("mariadb", () -> true))) {
            assertThat(gateway.get("/health").statusCode()).isEqualTo(200);

            // when
            parserUp.set(false);
            HttpResponse<String> response = gateway.get("/health");

            // then
            assertThat(response.statusCode()).isEqualTo(503);
            JsonNode report = JSON.readTree(response.body());
            assertThat(report.get("status").asText()).isEqualTo("DOWN");
            assertThat(report.get("components").get("parser-stream").asText()).isEqualTo("DOWN");
            assertThat(report.get("components").get("mariadb").asText()).isEqualTo("UP");
            assertThat(report.get("components").get("kafka").asText()).isEqualTo("UP");
        }
    }

    private GatewayConfig config() {
        return RunningGateway.config(kafka.bootstrapServers(), kafka.registryUrl(),
                kafka.uniqueName("health") + ".", dataDir, 64L * 1024 * 1024);
    }

    private static HealthCheck check(String name, java.util.function.BooleanSupplier up) {
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean isUp() {
                return up.getAsBoolean();
            }
        };
    }
}
