package io.reanimator.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.reanimator.record.auth.WriteTokens;
import org.junit.jupiter.api.Test;

class RecordApiConfigTest {

    private static Map<String, String> valid() {
        Map<String, String> env = new HashMap<>();
        env.put("REANIMATOR_JDBC_URL", "jdbc:mariadb://db:3306/reanimator");
        env.put("REANIMATOR_JDBC_USER", "reanimator");
        env.put("REANIMATOR_JDBC_PASSWORD", "secret");
        env.put("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");
        env.put("REGISTRY_URL", "http://registry:8080/apis/registry/v2");
        env.put("REANIMATOR_API_TOKENS", "ops=" + WriteTokens.digest("t"));
        return env;
    }

    @Test
    void shouldReadDefaultsAndPassThroughKafkaPropertiesWhenTheEnvironmentIsComplete() {
        // given
        Map<String, String> env = valid();
        env.put("KAFKA_SECURITY_PROTOCOL", "SSL");

        // when
        RecordApiConfig config = RecordApiConfig.fromEnvironment(env);

        // then
        assertThat(config.httpPort()).isEqualTo(8081);
        assertThat(config.pool().poolSize()).isEqualTo(8);
        assertThat(config.classifyInterval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.kafkaProperties()).containsEntry("security.protocol", "SSL")
                .doesNotContainKey("bootstrap.servers");
        assertThat(config.apiTokens()).containsOnlyKeys("ops");
        assertThat(config.toString()).doesNotContain("secret");
    }

    @Test
    void shouldListEveryMissingOrInvalidKeyAtOnce() {
        // given
        Map<String, String> env = new HashMap<>();
        env.put("REANIMATOR_HTTP_PORT", "eighty");
        env.put("REANIMATOR_CURSOR_SECRET", "short");
        env.put("REANIMATOR_DB_MIGRATE", "perhaps");
        env.put("REANIMATOR_LOT_CLASSIFY_INTERVAL_SECONDS", "-1");
        env.put("REANIMATOR_API_TOKENS", "ops=not-a-digest");

        // then
        assertThatThrownBy(() -> RecordApiConfig.fromEnvironment(env))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("REANIMATOR_JDBC_URL is required", "REANIMATOR_JDBC_USER is required",
                        "KAFKA_BOOTSTRAP_SERVERS is required", "REGISTRY_URL is required", "REANIMATOR_HTTP_PORT",
                        "REANIMATOR_CURSOR_SECRET", "REANIMATOR_DB_MIGRATE", "REANIMATOR_LOT_CLASSIFY_INTERVAL_SECONDS",
                        "REANIMATOR_API_TOKENS");
    }
}
