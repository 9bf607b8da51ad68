package io.reanimator.schemas.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * Avro compatibility rules between the previous version of a topic's schema and a candidate for the next one,
 * with the same meaning as the schema registry's rules of the same name. Reanimator topics use {@link #FULL}.
 *
 * <p>Avro's resolution decides: fields may be added or removed only when they have a default, enum symbols may
 * be added because every enum has a default symbol, and records are matched by full name, so renaming a record
 * or its namespace is always incompatible.
 */
public enum SchemaCompatibilityRule {

    /** Consumers on the candidate can read data written with the previous schema. */
    BACKWARD(true, false),
    /** Consumers on the previous schema can read data written with the candidate. */
    FORWARD(false, true),
    /** Both: producers and consumers can be upgraded in any order. */
    FULL(true, true);

    private final boolean backward;
    private final boolean forward;

    SchemaCompatibilityRule(boolean backward, boolean forward) {
        this.backward = backward;
        this.forward = forward;
    }

    /** Whether {@code candidate} may follow {@code previous} under this rule, and if not, why. */
    public CompatibilityResult check(Schema previous, Schema candidate) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(candidate, "candidate");
        List<String> messages = new ArrayList<>();
        if (backward) {
            collect("backward (candidate reads previous data)", candidate, previous, messages);
        }
        if (forward) {
            collect("forward (previous reads candidate data)", previous, candidate, messages);
        }
        return CompatibilityResult.of(messages);
    }

    private static void collect(String direction, Schema reader, Schema writer, List<String> messages) {
        var result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getResult();
        if (result.getCompatibility() == SchemaCompatibilityType.COMPATIBLE) {
            return;
        }
        for (Incompatibility incompatibility : result.getIncompatibilities()) {
            messages.add(direction + ": " + incompatibility.getType() + " at " + incompatibility.getLocation()
                    + ": " + incompatibility.getMessage());
        }
    }
}
