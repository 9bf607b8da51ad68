package io.reanimator.deriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class EventDeriverConfigTest {

    @Test
    void shouldListEveryMissingOrInvalidKeyAtOnce() {
        // given
        Map<String, String> env = Map.of("REANIMATOR_DERIVER_MAX_FACTS_PER_COMPONENT", "3",
                "REANIMATOR_DERIVER_THRESHOLDS", "smart.reallocated_sectors=lots",
                "REANIMATOR_DERIVER_INFERRED_CONFIDENCE", "1.5", "REANIMATOR_TOPICS_PARTITIONS", "zero");
        // when / then
        assertThatThrownBy(() -> EventDeriverConfig.fromEnvironment(env))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KAFKA_BOOTSTRAP_SERVERS is required")
                .hasMessageContaining("REGISTRY_URL is required")
                .hasMessageContaining("REANIMATOR_STATE_DIR is required")
                .hasMessageContaining("REANIMATOR_DERIVER_MAX_FACTS_PER_COMPONENT must be at least 8")
                .hasMessageContaining("REANIMATOR_DERIVER_THRESHOLDS")
                .hasMessageContaining("REANIMATOR_DERIVER_INFERRED_CONFIDENCE")
                .hasMessageContaining("topics.partitions");
    }

    @Test
    void shouldRunExactlyOnceWithPassThroughKafkaProperties() {
        // given
        Map<String, String> env = Map.of("KAFKA_BOOTSTRAP_SERVERS", "broker:9092", "REGISTRY_URL", "http://r/apis",
                "REANIMATOR_STATE_DIR", "/var/lib/deriver", "KAFKA_SECURITY_PROTOCOL", "SSL",
                "REANIMATOR_DERIVER_THRESHOLDS", "nvme.available_spare=20:5:lower");
        // when
        EventDeriverConfig config = EventDeriverConfig.fromEnvironment(env);
        // then
        assertThat(config.streamsProperties())
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry("security.protocol", "SSL")
                .containsEntry(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092");
        assertThat(config.thresholds().bySignal().get("nvme.available_spare").degradedAt()).isEqualTo(20);
        assertThat(config.thresholds().bySignal()).containsKey("smart.reallocated_sectors");
        assertThat(config.serdes().autoRegister()).isFalse();
    }
}
