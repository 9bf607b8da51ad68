package io.reanimator.embedded.registry;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

import io.apicurio.registry.resolver.SchemaResolverConfig;
import io.apicurio.registry.serde.SerdeConfig;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerdeConfig;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;

import org.apache.avro.generic.GenericRecord;

/**
 * The real Apicurio Avro serdes, configured directly from maps the way the platform's serde factory does,
 * with schema ids in the payload rather than in headers so no Kafka record is needed.
 */
final class Serdes {

    private Serdes() {
    }

    static AvroKafkaSerializer<GenericRecord> autoRegistering(String url) {
        return serializer(url, true, false);
    }

    static AvroKafkaSerializer<GenericRecord> findingLatest(String url) {
        return serializer(url, false, true);
    }

    /** Neither auto-registers nor takes the latest: the serializer looks its schema up by content. */
    static AvroKafkaSerializer<GenericRecord> lookingUpByContent(String url) {
        return serializer(url, false, false);
    }

    /**
     * Auto-registers with {@code dereference-schema=false}: the serializer then registers each nested record
     * and enum as an artifact of its own and the outer schema with references to them.
     */
    static AvroKafkaSerializer<GenericRecord> autoRegisteringWithReferences(String url) {
        Map<String, Object> config = serializerConfig(url, true, false);
        config.put(SchemaResolverConfig.DEREFERENCE_SCHEMA, false);
        AvroKafkaSerializer<GenericRecord> serializer = new AvroKafkaSerializer<>();
        serializer.configure(config, false);
        return serializer;
    }

    static AvroKafkaDeserializer<GenericRecord> deserializer(String url) {
        AvroKafkaDeserializer<GenericRecord> deserializer = new AvroKafkaDeserializer<>();
        deserializer.configure(common(url), false);
        return deserializer;
    }

    /** The global id the serializer wrote after the magic byte (Apicurio's default 8-byte id handler). */
    static long globalIdOf(byte[] payload) {
        return ByteBuffer.wrap(payload, 1, Long.BYTES).getLong();
    }

    private static AvroKafkaSerializer<GenericRecord> serializer(String url, boolean autoRegister,
                                                                 boolean findLatest) {
        AvroKafkaSerializer<GenericRecord> serializer = new AvroKafkaSerializer<>();
        serializer.configure(serializerConfig(url, autoRegister, findLatest), false);
        return serializer;
    }

    private static Map<String, Object> serializerConfig(String url, boolean autoRegister, boolean findLatest) {
        Map<String, Object> config = common(url);
        config.put(SerdeConfig.AUTO_REGISTER_ARTIFACT, autoRegister);
        config.put(SerdeConfig.FIND_LATEST_ARTIFACT, findLatest);
        return config;
    }

    private static Map<String, Object> common(String url) {
        Map<String, Object> config = new HashMap<>();
        config.put(SerdeConfig.REGISTRY_URL, url);
        config.put(SerdeConfig.ENABLE_HEADERS, false);
        config.put(AvroKafkaSerdeConfig.USE_SPECIFIC_AVRO_READER, false);
        // Failures are expected in some tests; do not let the resolver's retries slow them down.
        config.put(SerdeConfig.RETRY_BACKOFF_MS, 10L);
        return config;
    }
}
