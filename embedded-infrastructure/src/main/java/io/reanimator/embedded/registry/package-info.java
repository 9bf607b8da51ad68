/**
 * A local stand-in for Apicurio Registry 2.x, for tests and the local all-in-one only.
 *
 * <p>{@link io.reanimator.embedded.registry.LocalSchemaRegistry} answers, on 127.0.0.1, the part of the
 * Apicurio Registry v2 REST API (base path {@code /apis/registry/v2}) that the 2.6.13 Avro serdes call, so
 * the real {@code AvroKafkaSerializer} and {@code AvroKafkaDeserializer} run unchanged against it. It is
 * never used when a registry URL is configured: the application then talks to that registry, and nothing
 * here starts.
 *
 * <h2>Implemented endpoints</h2>
 * <pre>
 * POST /groups/{g}/artifacts?ifExists=...&amp;canonical=...   serializer, auto-register mode
 *      headers X-Registry-ArtifactId, X-Registry-ArtifactType (AVRO only), X-Registry-Version;
 *      body: the schema, or with Content-Type application/create.extended+json
 *      {"content": "...", "references": [...]} (sent when apicurio.registry.dereference-schema=false)
 * GET  /groups/{g}/artifacts/{a}/meta                         serializer, find-latest mode
 * POST /groups/{g}/artifacts/{a}/meta?canonical=true          serializer, default (lookup by content) mode
 * GET  /groups/{g}/artifacts/{a}                              latest content
 * GET  /groups/{g}/artifacts/{a}/versions/{v}                 deserializer, resolving references
 * GET  /groups/{g}/artifacts/{a}/versions/{v}/references      deserializer, resolving nested references
 * GET  /groups/{g}/artifacts/{a}/versions/{v}/meta            serializer with an explicit version
 * GET  /ids/globalIds/{id}[?dereference=...]                   deserializer, and after find-latest
 * GET  /ids/globalIds/{id}/references
 * GET  /ids/contentIds/{id}, /ids/contentIds/{id}/references   deserializer with use-id=contentId
 * GET  /ids/contentHashes/{hash}, .../references
 * </pre>
 * Errors use Apicurio's JSON ({@code error_code}, {@code message}, {@code name}, and {@code causes} for
 * rule violations) with the exception names the client maps to typed exceptions. Any other path answers
 * 404 with the same JSON.
 *
 * <h2>Rules and storage</h2>
 * Every new version of an artifact must pass a {@link io.reanimator.embedded.registry.CompatibilityChecker}
 * against the latest one, {@code FULL} by default; a refusal is a 409 {@code RuleViolationException}.
 * Versions are written, one JSON file each, to the data directory and reloaded on start, so global and
 * content ids stay stable across restarts.
 *
 * <h2>Outside the stand-in's scope (the serdes never call these; production uses a real Apicurio)</h2>
 * Artifact types other than Avro; rule configuration endpoints (the rule is fixed per instance); deleting,
 * disabling or updating artifacts and their metadata; {@code POST .../versions}, version listing, search,
 * groups metadata, admin, users and system endpoints; the v1 and Confluent-compatible APIs; authentication.
 */
package io.reanimator.embedded.registry;
