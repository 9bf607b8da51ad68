package io.reanimator.embedded.registry;

import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/**
 * Apicurio's {@code FULL} compatibility between two adjacent versions: consumers on the new schema read
 * data written with the previous one (backward), and consumers still on the previous schema read data
 * written with the new one (forward).
 */
public final class FullAvroCompatibilityChecker implements CompatibilityChecker {

    @Override
    public List<Violation> findViolations(Schema latest, Schema proposed) {
        List<Violation> violations = new ArrayList<>();
        collect(SchemaCompatibility.checkReaderWriterCompatibility(proposed, latest),
                "backward (new schema reading old data)", violations);
        collect(SchemaCompatibility.checkReaderWriterCompatibility(latest, proposed),
                "forward (old schema reading new data)", violations);
        return violations;
    }

    @Override
    public String ruleName() {
        return "FULL";
    }

    private static void collect(SchemaPairCompatibility pair, String direction, List<Violation> into) {
        for (Incompatibility incompatibility : pair.getResult().getIncompatibilities()) {
            into.add(new Violation(
                    direction + ": " + incompatibility.getType() + " - " + incompatibility.getMessage(),
                    incompatibility.getLocation()));
        }
    }
}
