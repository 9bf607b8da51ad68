package io.reanimator.embedded.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** Test schemas from {@code src/test/resources/registry} and records built on them. */
final class Customers {

    static final String V1 = "customer-v1.avsc";
    static final String V2_COMPATIBLE = "customer-v2-compatible.avsc";
    static final String V2_INCOMPATIBLE = "customer-v2-incompatible.avsc";
    /** Avro full names of the nested types, which the serdes register as artifacts of their own. */
    static final String ADDRESS = "io.reanimator.test.registry.Address";
    static final String STATUS = "io.reanimator.test.registry.Status";

    private Customers() {
    }

    static String text(String resource) {
        try (InputStream in = Customers.class.getResourceAsStream("/registry/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource registry/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Schema schema(String resource) {
        return new Schema.Parser().parse(text(resource));
    }

    /** A customer with every field of the given schema filled in. */
    static GenericRecord customer(String resource, String id) {
        Schema schema = schema(resource);
        Schema addressSchema = schema.getField("address").schema();
        GenericRecord address = new GenericData.Record(addressSchema);
        address.put("street", "1 Main Street");
        address.put("city", "Springfield");
        GenericRecord customer = new GenericData.Record(schema);
        customer.put("id", id);
        customer.put("address", address);
        customer.put("status", new GenericData.EnumSymbol(schema.getField("status").schema(), "SUSPENDED"));
        if (schema.getField("email") != null) {
            customer.put("email", id + "@example.com");
        }
        return customer;
    }
}
