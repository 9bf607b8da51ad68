package io.reanimator.schemas.serde;

import io.apicurio.registry.serde.SerdeConfig;
import io.apicurio.registry.serde.avro.AvroKafkaSerdeConfig;
import io.apicurio.registry.serde.avro.AvroSerde;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/**
 * The one place that builds Avro serdes for Reanimator topics. Every choice the Apicurio serdes leave open is
 * made here, once:
 * <ul>
 *   <li>schema ids travel in the payload (magic byte 0, then the 8-byte global id), not in headers: Kafka
 *       Streams copies the input record's headers to the records it derives, so a header id would point at the
 *       input's schema and make the output undecodable;</li>
 *   <li>the specific reader is on, so consumers get generated classes, resolved against the writer's schema
 *       (a consumer on an older schema reads newer data and vice versa);</li>
 *   <li>the artifact of a value is {@code <topic>-value} (Apicurio's default TopicIdStrategy), which is the
 *       subject the registry's compatibility rule is set on;</li>
 *   <li>register-or-find-latest comes from {@link SerdeSettings}.</li>
 * </ul>
 */
public final class AvroSerdeFactory {

    private final SerdeSettings settings;

    public AvroSerdeFactory(SerdeSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** A configured value serde for records of {@code type}; each call returns a new instance. */
    public <T extends SpecificRecord> Serde<T> valueSerde(Class<T> type) {
        requireGeneratedRecord(type);
        AvroSerde<T> serde = new AvroSerde<>();
        serde.configure(valueConfig(), false);
        return serde;
    }

    /** The configuration given to every value serde, for plain clients that configure serdes by class name. */
    public Map<String, Object> valueConfig() {
        return Map.of(
                SerdeConfig.REGISTRY_URL, settings.registryUrl(),
                SerdeConfig.ENABLE_HEADERS, false,
                AvroKafkaSerdeConfig.USE_SPECIFIC_AVRO_READER, true,
                AvroKafkaSerdeConfig.AVRO_ENCODING, AvroKafkaSerdeConfig.AVRO_ENCODING_BINARY,
                AvroKafkaSerdeConfig.AVRO_DATUM_PROVIDER, SpecificRecordDatumProvider.class.getName(),
                SerdeConfig.AUTO_REGISTER_ARTIFACT, settings.autoRegister(),
                SerdeConfig.FIND_LATEST_ARTIFACT, settings.findLatest());
    }

    // The specific reader finds the class to instantiate from the writer schema's full name; a class whose
    // schema does not map back to itself would be silently read as some other type, or fail at runtime.
    private static void requireGeneratedRecord(Class<? extends SpecificRecord> type) {
        Objects.requireNonNull(type, "type");
        Schema schema = SpecificData.get().getSchema(type);
        if (schema.getType() != Schema.Type.RECORD || SpecificData.get().getClass(schema) != type) {
            throw new IllegalArgumentException(type.getName() + " is not an Avro-generated record class");
        }
    }
}
