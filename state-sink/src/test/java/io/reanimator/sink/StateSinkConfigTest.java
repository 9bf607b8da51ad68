package io.reanimator.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateSinkConfigTest {

    private static final Map<String, String> MINIMAL = Map.of(
            "KAFKA_BOOTSTRAP_SERVERS", "kafka:9092",
            "REGISTRY_URL", "http://registry:8080/apis/registry/v2",
            "REANIMATOR_JDBC_URL", "jdbc:mariadb://db:3306/reanimator",
            "REANIMATOR_JDBC_USER", "sink");

    @Test
    void shouldApplyDefaultsWhenOnlyRequiredKeysAreSet() {
        // when
        StateSinkConfig config = StateSinkConfig.fromEnvironment(MINIMAL);

        // then
        assertThat(config.groupId()).isEqualTo(StateSinkConfig.DEFAULT_GROUP_ID);
        assertThat(config.maxPollRecords()).isEqualTo(StateSinkConfig.DEFAULT_MAX_POLL_RECORDS);
        assertThat(config.database().poolSize()).isEqualTo(StateSinkConfig.DEFAULT_POOL_SIZE);
        assertThat(config.serdes().findLatest()).isTrue();
        assertThat(config.topics().namePrefix()).isEqualTo("reanimator.");
        assertThat(config.migrate()).isTrue();
        assertThat(config.kafkaProperties()).isEmpty();
    }

    @Test
    void shouldListEveryBadKeyWhenSeveralAreWrong() {
        // given
        Map<String, String> env = Map.of(
                "REGISTRY_URL", "http://registry:8080/apis/registry/v2",
                "REANIMATOR_JDBC_URL", "jdbc:mariadb://db:3306/reanimator",
                "REANIMATOR_SINK_MAX_POLL_RECORDS", "lots",
                "REANIMATOR_JDBC_MAX_LIFETIME_MS", "1000",
                "REANIMATOR_SINK_MIGRATE", "maybe",
                "REANIMATOR_TOPICS_PARTITIONS", "0",
                "KAFKA_ENABLE_AUTO_COMMIT", "true");

        // when / then
        assertThatThrownBy(() -> StateSinkConfig.fromEnvironment(env))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KAFKA_BOOTSTRAP_SERVERS is required")
                .hasMessageContaining("REANIMATOR_JDBC_USER is required")
                .hasMessageContaining("REANIMATOR_SINK_MAX_POLL_RECORDS must be an integer")
                .hasMessageContaining("REANIMATOR_JDBC_MAX_LIFETIME_MS must be at least 30000")
                .hasMessageContaining("REANIMATOR_SINK_MIGRATE must be true or false")
                .hasMessageContaining("topics.partitions")
                .hasMessageContaining("KAFKA_ENABLE_AUTO_COMMIT");
    }

    @Test
    void shouldPassKafkaPrefixedKeysThroughAsClientProperties() {
        // given
        Map<String, String> env = new java.util.HashMap<>(MINIMAL);
        env.put("KAFKA_SECURITY_PROTOCOL", "SSL");
        env.put("KAFKA_ISOLATION_LEVEL", "read_uncommitted");
        env.put("REANIMATOR_SINK_RETRY_BACKOFF_MS", "50");

        // when
        StateSinkConfig config = StateSinkConfig.fromEnvironment(env);

        // then
        assertThat(config.kafkaProperties()).containsEntry("security.protocol", "SSL")
                .containsEntry("isolation.level", "read_uncommitted");
        assertThat(config.retryBackoff()).isEqualTo(Duration.ofMillis(50));
        assertThat(StateSinkService.consumerProperties(config)).containsEntry("enable.auto.commit", false)
                .containsEntry("isolation.level", "read_uncommitted");
        assertThat(StateSinkService.producerProperties(config)).containsEntry("security.protocol", "SSL")
                .doesNotContainKey("isolation.level");
    }
}
