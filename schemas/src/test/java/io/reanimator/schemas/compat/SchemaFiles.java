package io.reanimator.schemas.compat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.avro.Schema;

/** Loads standalone schemas from the test classpath. */
final class SchemaFiles {

    private SchemaFiles() {
    }

    /** The first published version of the record with this simple name. */
    static Schema publishedV1(String recordName) {
        return load("/published/v1/" + recordName + ".avsc");
    }

    static Schema load(String resource) {
        try (InputStream in = SchemaFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no schema at " + resource);
            }
            // A fresh parser per file: each file is standalone and redefines the shared named types.
            return new Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
