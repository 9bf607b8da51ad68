package io.reanimator.embedded.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;

import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Apicurio 2.6 Avro serdes against the local registry, in each resolution mode. */
class LocalSchemaRegistrySerdeTest {

    private static final String TOPIC = "customers";

    @TempDir
    Path dataDir;

    private LocalSchemaRegistry registry;
    private RegistryHttp http;

    @BeforeEach
    void startRegistry() {
        registry = new LocalSchemaRegistry(dataDir, 0).start();
        http = new RegistryHttp(registry.url());
    }

    @AfterEach
    void stopRegistry() {
        registry.close();
    }

    @Test
    void shouldRoundTripNestedRecordAndEnumWhenSerializerAutoRegisters() {
        // given
        GenericRecord customer = Customers.customer(Customers.V1, "c-1");
        try (AvroKafkaSerializer<GenericRecord> serializer = Serdes.autoRegistering(registry.url());
             AvroKafkaDeserializer<GenericRecord> deserializer = Serdes.deserializer(registry.url())) {

            // when
            byte[] payload = serializer.serialize(TOPIC, customer);
            GenericRecord decoded = deserializer.deserialize(TOPIC, payload);

            // then
            assertThat(decoded).isEqualTo(customer);
            assertThat(decoded.get("status").toString()).isEqualTo("SUSPENDED");
            assertThat(((GenericRecord) decoded.get("address")).get("city").toString()).isEqualTo("Springfield");
            assertThat(RegistryHttp.json(http.get("/groups/default/artifacts/customers-value/meta"))
                    .get("globalId").asLong()).isEqualTo(Serdes.globalIdOf(payload));
        }
    }

    @Test
    void shouldRoundTripThroughReferencesWhenSerializerRegistersNestedTypesSeparately() {
        // given
        GenericRecord customer = Customers.customer(Customers.V1, "c-refs");
        try (AvroKafkaSerializer<GenericRecord> serializer = Serdes.autoRegisteringWithReferences(registry.url());
             AvroKafkaDeserializer<GenericRecord> deserializer = Serdes.deserializer(registry.url())) {

            // when
            byte[] payload = serializer.serialize(TOPIC, customer);
            GenericRecord decoded = deserializer.deserialize(TOPIC, payload);

            // then
            assertThat(decoded).isEqualTo(customer);
            JsonNode references = RegistryHttp.json(http.get("/ids/globalIds/" + Serdes.globalIdOf(payload)
                    + "/references"));
            assertThat(references.findValuesAsText("artifactId"))
                    .containsExactlyInAnyOrder(Customers.ADDRESS, Customers.STATUS);
            assertThat(http.get("/groups/default/artifacts/" + Customers.ADDRESS + "/meta").statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void shouldSerializeWithRegisteredSchemaWhenFindingLatest() {
        // given
        http.register("customers-value", Customers.text(Customers.V1));
        GenericRecord customer = Customers.customer(Customers.V1, "c-2");
        try (AvroKafkaSerializer<GenericRecord> serializer = Serdes.findingLatest(registry.url());
             AvroKafkaDeserializer<GenericRecord> deserializer = Serdes.deserializer(registry.url())) {

            // when
            byte[] payload = serializer.serialize(TOPIC, customer);

            // then
            assertThat(deserializer.deserialize(TOPIC, payload)).isEqualTo(customer);
        }
    }

    @Test
    void shouldFailNamingTheArtifactWhenFindingLatestAndNothingIsRegistered() {
        // given
        GenericRecord customer = Customers.customer(Customers.V1, "c-3");
        try (AvroKafkaSerializer<GenericRecord> serializer = Serdes.findingLatest(registry.url())) {

            // when / then
            assertThatThrownBy(() -> serializer.serialize(TOPIC, customer))
                    .hasStackTraceContaining("ArtifactNotFoundException")
                    .hasStackTraceContaining("customers-value");
        }
    }
}
