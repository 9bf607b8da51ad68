package io.reanimator.gateway;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class IngestGatewayAppTest {

    @Test
    void shouldRefuseToStartListingEveryMissingVariableWhenTheEnvironmentIsEmpty() {
        assertThatThrownBy(() -> IngestGatewayApp.start(new String[0], Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KAFKA_BOOTSTRAP_SERVERS is required")
                .hasMessageContaining("REGISTRY_URL is required")
                .hasMessageContaining("REANIMATOR_RAW_STORE_DIR is required")
                .hasMessageContaining("REANIMATOR_API_TOKENS");
    }

    @Test
    void shouldRefuseToStartNamingAnInvalidValue() {
        Map<String, String> env = Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092",
                "REGISTRY_URL", "http://registry:8080/apis/registry/v2", "REANIMATOR_RAW_STORE_DIR", "/tmp/raw",
                "REANIMATOR_API_TOKENS", "site=not-a-digest", "REANIMATOR_GATEWAY_MAX_BUNDLE_BYTES", "lots");

        assertThatThrownBy(() -> IngestGatewayApp.start(new String[0], env))
                .hasMessageContaining("REANIMATOR_GATEWAY_MAX_BUNDLE_BYTES must be a whole number, was 'lots'")
                .hasMessageContaining("REANIMATOR_API_TOKENS entries must be principal=<sha256 hex");
    }
}
