package io.reanimator.embedded.registry;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON bodies of Apicurio Registry v2: {@code ArtifactMetaData}, {@code VersionMetaData},
 * {@code ArtifactReference} and {@code Error}, with the field names of the 2.6 client's model classes.
 */
final class ApiJson {

    /** The 2.6 client parses dates with {@code yyyy-MM-dd'T'HH:mm:ssZ}, turning a trailing Z into +0000. */
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final String STATE = "ENABLED";

    private ApiJson() {
    }

    /**
     * Metadata of the artifact as of one of its versions.
     *
     * @param artifactCreatedOn creation time of the artifact's first version
     */
    static Map<String, Object> artifactMetaData(StoredVersion version, long artifactCreatedOn) {
        Map<String, Object> json = common(version);
        json.put("createdOn", DATE.format(Instant.ofEpochMilli(artifactCreatedOn)));
        json.put("modifiedBy", "");
        json.put("modifiedOn", DATE.format(Instant.ofEpochMilli(version.createdOn())));
        json.put("references", references(version.references()));
        return json;
    }

    static Map<String, Object> versionMetaData(StoredVersion version) {
        Map<String, Object> json = common(version);
        json.put("createdOn", DATE.format(Instant.ofEpochMilli(version.createdOn())));
        return json;
    }

    static List<Map<String, Object>> references(List<SchemaReference> references) {
        return references.stream().map(ApiJson::reference).toList();
    }

    static Map<String, Object> error(RegistryException error) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("error_code", error.status());
        json.put("message", error.getMessage());
        json.put("name", error.name());
        if (!error.causes().isEmpty()) {
            // RuleViolationError's extra field; the client ignores it, people reading responses do not.
            json.put("causes", error.causes().stream()
                    .map(c -> Map.of("description", c.description(), "context", String.valueOf(c.context())))
                    .toList());
        }
        return json;
    }

    private static Map<String, Object> common(StoredVersion version) {
        Map<String, Object> json = new LinkedHashMap<>();
        putIfPresent(json, "groupId", Groups.forResponse(version.groupId()));
        json.put("id", version.artifactId());
        json.put("version", version.version());
        json.put("type", version.type());
        json.put("globalId", version.globalId());
        json.put("contentId", version.contentId());
        json.put("state", STATE);
        json.put("createdBy", "");
        return json;
    }

    private static Map<String, Object> reference(SchemaReference reference) {
        Map<String, Object> json = new LinkedHashMap<>();
        putIfPresent(json, "groupId", Groups.forResponse(reference.groupId()));
        json.put("artifactId", reference.artifactId());
        json.put("version", reference.version());
        json.put("name", reference.name());
        return json;
    }

    private static void putIfPresent(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
