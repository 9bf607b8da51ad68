package io.reanimator.embedded.registry;

/**
 * Apicurio v2 {@code ArtifactReference}: a named type that the referring schema uses by name only.
 *
 * <p>The Avro serdes register every nested record and enum as its own artifact and send the outer
 * schema with these references, so they are part of a version's identity. The group is normalised on
 * creation so that {@code null} and {@code "default"} compare equal.
 *
 * @param groupId group of the referenced artifact
 * @param artifactId referenced artifact
 * @param version referenced version
 * @param name the Avro full name the referring schema uses
 */
record SchemaReference(String groupId, String artifactId, String version, String name) {

    SchemaReference {
        groupId = Groups.normalize(groupId);
    }
}
