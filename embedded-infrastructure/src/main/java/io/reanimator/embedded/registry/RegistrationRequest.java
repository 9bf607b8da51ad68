package io.reanimator.embedded.registry;

import java.util.List;
import java.util.Locale;

/**
 * What {@code POST /groups/{groupId}/artifacts} asks for, taken from its path, headers, query and body.
 *
 * @param groupId normalised group
 * @param artifactId the {@code X-Registry-ArtifactId} header; {@code null} lets the registry choose
 * @param type the {@code X-Registry-ArtifactType} header; {@code null} means AVRO
 * @param version the {@code X-Registry-Version} header; {@code null} means the next number
 * @param content schema text
 * @param references named types the content uses (from the extended JSON body)
 * @param ifExists what to do when the artifact already exists
 * @param canonical whether content matching ignores formatting
 */
record RegistrationRequest(String groupId, String artifactId, String type, String version, String content,
                           List<SchemaReference> references, IfExists ifExists, boolean canonical) {

    RegistrationRequest {
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** Apicurio v2's {@code ifExists} query parameter; absent means {@code FAIL}. */
    enum IfExists {
        FAIL, UPDATE, RETURN, RETURN_OR_UPDATE;

        static IfExists parse(String value) {
            if (value == null || value.isBlank()) {
                return FAIL;
            }
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw RegistryException.badRequest("Unknown ifExists value '" + value + "'.");
            }
        }
    }
}
