package io.reanimator.deriver.topology;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * JSON serde for the deriver's own state and repartition topics (never the public topics, which use the registry
 * serdes). The core's state types are plain records, so JSON keeps them free of any serialization framework; the
 * state is rebuildable from the observations topic (application reset) if its layout ever changes incompatibly.
 */
public final class JsonSerde {

    // Nulls are left out (most optional fields of stored timeline items are null): a smaller changelog, and an
    // absent field reads back as null.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private JsonSerde() {
    }

    public static <T> Serde<T> of(Class<T> type) {
        return Serdes.serdeFrom(
                (topic, value) -> value == null ? null : write(value, topic),
                (topic, bytes) -> bytes == null ? null : read(bytes, type, topic));
    }

    private static byte[] write(Object value, String topic) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new SerializationException("cannot write " + value.getClass().getSimpleName() + " to " + topic, e);
        }
    }

    private static <T> T read(byte[] bytes, Class<T> type, String topic) {
        try {
            return MAPPER.readValue(bytes, type);
        } catch (IOException e) {
            throw new SerializationException("cannot read " + type.getSimpleName() + " from " + topic, e);
        }
    }
}
