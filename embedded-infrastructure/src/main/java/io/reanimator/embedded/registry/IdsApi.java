package io.reanimator.embedded.registry;

import java.util.List;
import java.util.Optional;

/**
 * The {@code /ids/...} endpoints: content and references by global id, content id and content hash.
 *
 * <p>The deserializers use the global-id pair: they read the id from the record, then fetch the content
 * and its references. {@code ?dereference=true} on a global id answers the schema with every referenced
 * type inlined, as Apicurio does.
 */
final class IdsApi {

    private final SchemaStore store;
    private final AvroSchemas avro;

    IdsApi(SchemaStore store, AvroSchemas avro) {
        this.store = store;
        this.avro = avro;
    }

    void handle(ApiExchange call) {
        List<String> s = call.segments();
        boolean content = s.size() == 3;
        boolean references = s.size() == 4 && "references".equals(s.get(3));
        if (!content && !references) {
            throw RegistryException.notFound("No endpoint " + call.method() + " " + call.path());
        }
        if (!"GET".equals(call.method())) {
            throw RegistryException.methodNotAllowed(call.method(), call.path());
        }
        StoredVersion version = find(s.get(1), s.get(2), call);
        if (references) {
            call.respondJson(200, ApiJson.references(version.references()));
        } else if ("globalIds".equals(s.get(1)) && Boolean.parseBoolean(call.query("dereference"))) {
            call.respondContent(version, avro.parse(version.content(), version.references()).toString());
        } else {
            call.respondContent(version, version.content());
        }
    }

    private StoredVersion find(String kind, String id, ApiExchange call) {
        return switch (kind) {
            case "globalIds" -> store.byGlobalId(parseId(id))
                    .orElseThrow(() -> RegistryException.globalIdNotFound(parseId(id)));
            case "contentIds" -> found(store.byContentId(parseId(id)), "content ID '" + id + "'");
            case "contentHashes" -> found(store.byContentHash(id), "content hash '" + id + "'");
            default -> throw RegistryException.notFound("No endpoint " + call.method() + " " + call.path());
        };
    }

    private static StoredVersion found(Optional<StoredVersion> version, String what) {
        return version.orElseThrow(() -> RegistryException.contentNotFound(what));
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw RegistryException.badRequest("'" + id + "' is not a numeric id.");
        }
    }
}
