package io.reanimator.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.reanimator.avro.Observation;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class AvroSerdeFactoryTest {

    private static final String URL = "http://registry:8080/apis/registry/v2";

    @Test
    void shouldPutIdsInPayloadAndReadSpecificRecordsWhenConfiguringForProduction() {
        // given
        AvroSerdeFactory factory = new AvroSerdeFactory(SerdeSettings.production(URL));

        // when
        Map<String, Object> config = factory.valueConfig();

        // then: literal keys, checked against the Apicurio 2.6.13 SerdeConfig / AvroKafkaSerdeConfig constants
        assertThat(config).containsExactlyInAnyOrderEntriesOf(Map.of(
                "apicurio.registry.url", URL,
                "apicurio.registry.headers.enabled", false,
                "apicurio.registry.use-specific-avro-reader", true,
                "apicurio.registry.avro.encoding", "BINARY",
                "apicurio.registry.avro-datum-provider", SpecificRecordDatumProvider.class.getName(),
                "apicurio.registry.auto-register", false,
                "apicurio.registry.find-latest", true));
    }

    @Test
    void shouldAutoRegisterWhenConfiguringForDevelopment() {
        // given
        AvroSerdeFactory factory = new AvroSerdeFactory(SerdeSettings.development(URL));

        // when
        Map<String, Object> config = factory.valueConfig();

        // then
        assertThat(config).containsEntry("apicurio.registry.auto-register", true)
                .containsEntry("apicurio.registry.find-latest", false)
                .doesNotContainKey("apicurio.registry.artifact-resolver-strategy");
    }

    @Test
    void shouldBuildConfiguredSerdeWhenGivenAGeneratedRecordClass() {
        // given
        AvroSerdeFactory factory = new AvroSerdeFactory(SerdeSettings.development(URL));

        // when
        Serde<Observation> serde = factory.valueSerde(Observation.class);

        // then
        assertThat(serde.serializer()).isNotNull();
        assertThat(serde.deserializer()).isNotNull();
        serde.close();
    }
}
