package io.reanimator.schemas.compat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/** Plain Avro binary encoding (no registry framing), to exercise schema resolution alone. */
final class AvroBinary {

    private AvroBinary() {
    }

    static byte[] write(SpecificRecord record) {
        return write(new SpecificDatumWriter<>(record.getSchema()), record);
    }

    static byte[] write(Schema writer, GenericRecord record) {
        return write(new GenericDatumWriter<>(writer), record);
    }

    static GenericRecord readGeneric(byte[] bytes, Schema writer, Schema reader) {
        return read(new GenericDatumReader<>(writer, reader), bytes);
    }

    /** Reads into the generated class of {@code reader}, with its logical-type conversions. */
    static <T extends SpecificRecord> T readSpecific(byte[] bytes, Schema writer, Schema reader) {
        return read(new SpecificDatumReader<>(writer, reader), bytes);
    }

    private static <T> byte[] write(DatumWriter<T> writer, T datum) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            writer.write(datum, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(DatumReader<T> reader, byte[] bytes) {
        try {
            return reader.read(null, DecoderFactory.get().binaryDecoder(bytes, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
