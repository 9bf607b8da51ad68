package io.reanimator.embedded.registry;

import java.util.List;

import org.apache.avro.Schema;

/**
 * Decides whether a proposed schema may become the next version of an artifact.
 *
 * <p>A local seam rather than a dependency on the shared rule in the {@code schemas} module, so the
 * registry can be built and tested on its own; the shared rule can be adapted to this interface later.
 */
public interface CompatibilityChecker {

    /**
     * Compares a proposed schema with the artifact's latest version.
     *
     * @param latest the schema of the artifact's latest version, with references resolved
     * @param proposed the schema being registered, with references resolved
     * @return every violation found; empty when the proposed schema is acceptable
     */
    List<Violation> findViolations(Schema latest, Schema proposed);

    /** Short name of the rule, used in error messages (for example {@code FULL}). */
    String ruleName();

    /**
     * One reason a proposed schema was refused.
     *
     * @param description what is incompatible, readable by a person
     * @param context where in the schema, as a JSON pointer-like path
     */
    record Violation(String description, String context) {
    }
}
