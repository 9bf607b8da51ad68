package io.reanimator.embedded.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;

import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Versions survive a restart on the same data directory, so ids inside stored records stay valid. */
class LocalSchemaRegistryRestartTest {

    private static final String TOPIC = "customers";

    @TempDir
    Path dataDir;

    @Test
    void shouldDecodeRecordsWrittenBeforeRestartWhenRestartedOnSameDataDirectory() {
        // given
        GenericRecord customer = Customers.customer(Customers.V1, "before-restart");
        byte[] payload;
        try (LocalSchemaRegistry first = new LocalSchemaRegistry(dataDir, 0).start();
             AvroKafkaSerializer<GenericRecord> serializer = Serdes.autoRegistering(first.url())) {
            payload = serializer.serialize(TOPIC, customer);
        }

        // when
        try (LocalSchemaRegistry second = new LocalSchemaRegistry(dataDir, 0).start();
             AvroKafkaDeserializer<GenericRecord> deserializer = Serdes.deserializer(second.url())) {
            GenericRecord decoded = deserializer.deserialize(TOPIC, payload);

            // then
            assertThat(decoded).isEqualTo(customer);
            assertThat(RegistryHttp.json(new RegistryHttp(second.url())
                    .get("/groups/default/artifacts/customers-value/meta")).get("globalId").asLong())
                    .isEqualTo(Serdes.globalIdOf(payload));
        }
    }

    @Test
    void shouldKeepVersionAndIssueFreshGlobalIdWhenRegisteringAfterRestart() {
        // given
        long firstGlobalId;
        try (LocalSchemaRegistry first = new LocalSchemaRegistry(dataDir, 0).start();
             AvroKafkaSerializer<GenericRecord> serializer = Serdes.autoRegistering(first.url())) {
            firstGlobalId = Serdes.globalIdOf(serializer.serialize(TOPIC, Customers.customer(Customers.V1, "a")));
        }

        // when
        try (LocalSchemaRegistry second = new LocalSchemaRegistry(dataDir, 0).start();
             AvroKafkaSerializer<GenericRecord> serializer = Serdes.autoRegistering(second.url())) {
            long sameSchemaId = Serdes.globalIdOf(serializer.serialize(TOPIC, Customers.customer(Customers.V1, "b")));
            long newSchemaId = Serdes.globalIdOf(
                    serializer.serialize(TOPIC, Customers.customer(Customers.V2_COMPATIBLE, "c")));

            // then
            assertThat(sameSchemaId).isEqualTo(firstGlobalId);
            assertThat(newSchemaId).isGreaterThan(firstGlobalId);
        }
    }
}
