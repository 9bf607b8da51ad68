package io.reanimator.embedded.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import io.apicurio.registry.serde.avro.AvroKafkaSerializer;

import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The serializer's default mode, neither auto-registering nor taking the latest version: it posts its
 * schema to {@code POST /groups/{g}/artifacts/{a}/meta?canonical=true} to learn the global id. In 2.6.13
 * it posts nested records and enums by name only, as if they were references.
 */
class LocalSchemaRegistryLookupTest {

    private static final String TOPIC = "customers";

    @TempDir
    Path dataDir;

    private LocalSchemaRegistry registry;

    @BeforeEach
    void startRegistry() {
        registry = new LocalSchemaRegistry(dataDir, 0).start();
    }

    @AfterEach
    void stopRegistry() {
        registry.close();
    }

    @Test
    void shouldFindGlobalIdByContentWhenSchemaWasRegisteredWithReferences() {
        // given
        GenericRecord customer = Customers.customer(Customers.V1, "c-1");
        long registered;
        try (AvroKafkaSerializer<GenericRecord> registering = Serdes.autoRegisteringWithReferences(registry.url())) {
            registered = Serdes.globalIdOf(registering.serialize(TOPIC, customer));
        }
        try (AvroKafkaSerializer<GenericRecord> serializer = Serdes.lookingUpByContent(registry.url())) {

            // when
            byte[] payload = serializer.serialize(TOPIC, customer);

            // then
            assertThat(Serdes.globalIdOf(payload)).isEqualTo(registered);
        }
    }

    @Test
    void shouldNotMatchInlineRegistrationWhenLookupSendsNestedTypesByName() {
        // given: the same schema registered with its nested types inline (as a CI upload of the .avsc would)
        new RegistryHttp(registry.url()).register("customers-value", Customers.text(Customers.V1));
        try (AvroKafkaSerializer<GenericRecord> serializer = Serdes.lookingUpByContent(registry.url())) {

            // when / then: the lookup cannot parse "Address" without references, as in Apicurio
            assertThatThrownBy(() -> serializer.serialize(TOPIC, Customers.customer(Customers.V1, "c-2")))
                    .hasStackTraceContaining("ArtifactNotFoundException");
        }
    }
}
