package io.reanimator.schemas.serde;

import io.apicurio.registry.serde.avro.DefaultAvroDatumProvider;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/**
 * Writes generated records with their own class's data model. Apicurio's default writer uses the shared model,
 * which knows no logical types, so a nullable timestamp (a union holding an Instant) fails with "Unknown datum
 * type". The generated class's {@code MODEL$} carries the timestamp conversions; nothing global is changed.
 */
public final class SpecificRecordDatumProvider<T> extends DefaultAvroDatumProvider<T> {

    @Override
    public DatumWriter<T> createDatumWriter(T data, Schema schema) {
        if (data instanceof SpecificRecord) {
            return new SpecificDatumWriter<>(schema, org.apache.avro.specific.SpecificData.getForClass(data.getClass()));
        }
        return super.createDatumWriter(data, schema);
    }
}
