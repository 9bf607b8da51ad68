package io.reanimator.schemas.serde;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Avro serde for a streams application's own state and repartition topics, which are not part of the public
 * contract and so do not go through the schema registry: a production registry runs with auto-register off,
 * and registering every changelog would make internal layout a public promise.
 *
 * <p>Records use Avro single-object encoding (a header with the writer schema's fingerprint), so a record
 * written by another schema version fails loudly instead of being misread. Internal state is rebuildable from
 * the input topics (application reset), which is the upgrade path when a state schema changes incompatibly.
 */
public final class InternalAvroSerde {

    private InternalAvroSerde() {}

    public static <T extends SpecificRecord> Serde<T> of(Class<T> type) {
        SpecificData model = SpecificData.getForClass(type);
        Schema schema = model.getSchema(type);
        BinaryMessageEncoder<T> encoder = new BinaryMessageEncoder<>(model, schema);
        BinaryMessageDecoder<T> decoder = new BinaryMessageDecoder<>(model, schema);
        Serializer<T> serializer = (topic, value) -> value == null ? null : encode(encoder, value);
        Deserializer<T> deserializer = (topic, bytes) -> bytes == null ? null : decode(decoder, bytes, topic);
        return Serdes.serdeFrom(serializer, deserializer);
    }

    private static <T> byte[] encode(BinaryMessageEncoder<T> encoder, T value) {
        try {
            ByteBuffer buffer = encoder.encode(value);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T decode(BinaryMessageDecoder<T> decoder, byte[] bytes, String topic) {
        try {
            return decoder.decode(bytes);
        } catch (IOException | AvroRuntimeException e) {
            // MissingSchemaException (a runtime exception) is how a foreign writer fingerprint shows up.
            throw new IllegalStateException("cannot decode internal record from " + topic + ": " + e.getMessage(), e);
        }
    }
}
