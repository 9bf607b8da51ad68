package io.reanimator.embedded.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import io.apicurio.registry.rest.client.exception.RestClientException;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;

import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FULL compatibility guards every new version, whether the serializer or a raw call registers it. */
class LocalSchemaRegistryCompatibilityTest {

    private static final String TOPIC = "customers";
    private static final String META = "/groups/default/artifacts/customers-value/meta";

    @TempDir
    Path dataDir;

    private LocalSchemaRegistry registry;
    private RegistryHttp http;

    @BeforeEach
    void startRegistryWithFirstVersion() {
        registry = new LocalSchemaRegistry(dataDir, 0).start();
        http = new RegistryHttp(registry.url());
        try (AvroKafkaSerializer<GenericRecord> serializer = Serdes.autoRegistering(registry.url())) {
            serializer.serialize(TOPIC, Customers.customer(Customers.V1, "first"));
        }
    }

    @AfterEach
    void stopRegistry() {
        registry.close();
    }

    @Test
    void shouldRefuseWithRuleViolationWhenSerializerRegistersFieldWithoutDefault() {
        // given
        GenericRecord incompatible = Customers.customer(Customers.V2_INCOMPATIBLE, "second");
        try (AvroKafkaSerializer<GenericRecord> serializer = Serdes.autoRegistering(registry.url())) {

            // when
            Throwable thrown = catchThrowable(() -> serializer.serialize(TOPIC, incompatible));

            // then
            RestClientException refusal = restClientCause(thrown);
            assertThat(refusal.getError().getErrorCode()).isEqualTo(409);
            assertThat(refusal.getError().getName()).isEqualTo("RuleViolationException");
            assertThat(RegistryHttp.json(http.get(META)).get("version").asText()).isEqualTo("1");
        }
    }

    @Test
    void shouldAnswer409WithCausesWhenIncompatibleVersionIsPostedOverHttp() {
        // when
        HttpResponse<String> response = http.register("customers-value", Customers.text(Customers.V2_INCOMPATIBLE));

        // then
        JsonNode error = RegistryHttp.json(response);
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(error.get("error_code").asInt()).isEqualTo(409);
        assertThat(error.get("name").asText()).isEqualTo("RuleViolationException");
        assertThat(error.get("message").asText()).contains("customers-value");
        assertThat(error.get("causes").findValuesAsText("description"))
                .anySatisfy(cause -> assertThat(cause).contains("READER_FIELD_MISSING_DEFAULT_VALUE"));
    }

    @Test
    void shouldCreateNewLatestVersionWhenFieldIsAddedWithDefault() {
        // given
        GenericRecord compatible = Customers.customer(Customers.V2_COMPATIBLE, "second");
        try (AvroKafkaSerializer<GenericRecord> serializer = Serdes.autoRegistering(registry.url());
             AvroKafkaDeserializer<GenericRecord> deserializer = Serdes.deserializer(registry.url())) {

            // when
            byte[] payload = serializer.serialize(TOPIC, compatible);

            // then
            JsonNode latest = RegistryHttp.json(http.get(META));
            assertThat(latest.get("version").asText()).isEqualTo("2");
            assertThat(latest.get("globalId").asLong()).isEqualTo(Serdes.globalIdOf(payload));
            assertThat(deserializer.deserialize(TOPIC, payload)).isEqualTo(compatible);
        }
    }

    private static RestClientException restClientCause(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof RestClientException restClientException) {
                return restClientException;
            }
        }
        throw new AssertionError("No RestClientException in the cause chain", thrown);
    }
}
