package io.reanimator.embedded.registry;

import java.util.List;
import java.util.Locale;

/**
 * Schema content sent to the registry, either as the raw body or, for the extended content types, as
 * Apicurio's {@code ArtifactContent} JSON ({@code {"content": "...", "references": [...]}}).
 *
 * @param content the schema text
 * @param references the references sent with it; empty for a raw body
 * @param extended whether the body was the extended JSON form
 */
record RequestBody(String content, List<SchemaReference> references, boolean extended) {

    /**
     * Reads the body of a call.
     *
     * @param extendedType the content type announcing the JSON form on this endpoint
     */
    static RequestBody read(ApiExchange call, String extendedType) {
        String contentType = call.header("Content-Type");
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(extendedType)) {
            ArtifactContent json = call.bodyAs(ArtifactContent.class);
            if (json.content() == null) {
                throw RegistryException.badRequest("The extended request body has no 'content'.");
            }
            return new RequestBody(json.content(),
                    json.references() == null ? List.of() : json.references(), true);
        }
        String content = call.body();
        if (content.isBlank()) {
            throw RegistryException.badRequest("The request body holds no schema content.");
        }
        return new RequestBody(content, List.of(), false);
    }

    /** Apicurio's {@code ArtifactContent} bean. */
    record ArtifactContent(String content, List<SchemaReference> references) {
    }
}
