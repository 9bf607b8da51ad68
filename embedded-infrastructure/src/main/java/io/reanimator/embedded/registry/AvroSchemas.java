package io.reanimator.embedded.registry;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;

/**
 * Turns stored schema text into a complete Avro {@link Schema} by first parsing, depth first, every
 * version it references, the same way the serdes resolve references when they read a schema back.
 */
final class AvroSchemas {

    private final Function<SchemaReference, Optional<StoredVersion>> referenceLookup;

    AvroSchemas(Function<SchemaReference, Optional<StoredVersion>> referenceLookup) {
        this.referenceLookup = referenceLookup;
    }

    /**
     * Parses schema text with its references.
     *
     * @throws RegistryException a rule violation when the text is not valid Avro or a reference is unknown
     */
    Schema parse(String content, List<SchemaReference> references) {
        Schema.Parser parser = new Schema.Parser();
        Set<SchemaReference> parsed = new HashSet<>();
        try {
            for (SchemaReference reference : references) {
                parseReference(parser, reference, parsed);
            }
            return parser.parse(content);
        } catch (AvroRuntimeException e) {
            throw RegistryException.ruleViolation("Syntax violation for Avro artifact: " + e.getMessage(),
                    List.of());
        }
    }

    /**
     * A form that ignores formatting: Avro's own rendering of the fully resolved schema. Unlike the
     * parsing canonical form it keeps defaults and docs, so two versions differing only in a default
     * stay different.
     */
    String canonicalForm(String content, List<SchemaReference> references) {
        return parse(content, references).toString();
    }

    private void parseReference(Schema.Parser parser, SchemaReference reference, Set<SchemaReference> parsed) {
        // A type shared by two references must be defined once, or Avro refuses to redefine it.
        if (!parsed.add(reference)) {
            return;
        }
        StoredVersion target = referenceLookup.apply(reference).orElseThrow(() ->
                RegistryException.ruleViolation("Unresolvable reference '" + reference.name() + "' to "
                        + reference.groupId() + "/" + reference.artifactId() + " version "
                        + reference.version(), List.of()));
        for (SchemaReference nested : target.references()) {
            parseReference(parser, nested, parsed);
        }
        parser.parse(target.content());
    }
}
