package io.reanimator.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class ParserStreamConfigTest {

    @Test
    void shouldListEveryMissingAndInvalidKeyAtOnce() {
        assertThatThrownBy(() -> ParserStreamConfig.fromEnvironment(Map.of(
                "REANIMATOR_SCHEMA_AUTO_REGISTER", "maybe",
                "REANIMATOR_PARSER_THREADS", "0",
                "REANIMATOR_TOPICS_PARTITIONS", "many")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KAFKA_BOOTSTRAP_SERVERS is required")
                .hasMessageContaining("REGISTRY_URL is required")
                .hasMessageContaining("REANIMATOR_RAW_STORE_DIR is required")
                .hasMessageContaining("REANIMATOR_SCHEMA_AUTO_REGISTER must be true or false")
                .hasMessageContaining("REANIMATOR_PARSER_THREADS must be a positive integer")
                .hasMessageContaining("topics.partitions");
    }

    @Test
    void shouldConfigureExactlyOnceHandlersAndPassThroughKafkaKeys() {
        ParserStreamConfig config = ParserStreamConfig.fromEnvironment(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "broker:9092",
                "REGISTRY_URL", "http://registry:8080/apis/registry/v2",
                "REANIMATOR_RAW_STORE_DIR", "/data/raw",
                "REANIMATOR_STATE_DIR", "/data/state",
                "KAFKA_SECURITY_PROTOCOL", "SSL",
                "REANIMATOR_TOPICS_PREFIX", "lab."));

        Properties props = config.streamsProperties();

        assertThat(config.rawStoreDir()).isEqualTo(Path.of("/data/raw"));
        assertThat(config.schemaAutoRegister()).isFalse();
        assertThat(config.topics().namePrefix()).isEqualTo("lab.");
        assertThat(props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(props.get(StreamsConfig.APPLICATION_ID_CONFIG)).isEqualTo("reanimator-parser-stream");
        assertThat(props.get("security.protocol")).isEqualTo("SSL");
        assertThat(props.get(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG))
                .isEqualTo("io.reanimator.parser.stream.DeadLetterDeserializationHandler");
        assertThat(props.get(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG))
                .isEqualTo("io.reanimator.parser.stream.DeadLetterProcessingHandler");
    }
}
