package io.reanimator.embedded.registry;

import java.util.List;

/**
 * The {@code /groups/{groupId}/artifacts...} endpoints the 2.6 serdes call.
 *
 * <pre>
 * POST /groups/{g}/artifacts                              create, or find/update per ifExists
 * GET  /groups/{g}/artifacts/{a}                          latest content
 * GET  /groups/{g}/artifacts/{a}/meta                     latest ArtifactMetaData
 * POST /groups/{g}/artifacts/{a}/meta                     VersionMetaData of the version with this content
 * GET  /groups/{g}/artifacts/{a}/versions/{v}             content of a version
 * GET  /groups/{g}/artifacts/{a}/versions/{v}/meta        VersionMetaData
 * GET  /groups/{g}/artifacts/{a}/versions/{v}/references  references of a version
 * </pre>
 */
final class GroupsApi {

    /** Content type of a body carrying content and references together. */
    static final String EXTENDED_CREATE = "application/create.extended+json";
    static final String EXTENDED_GET = "application/get.extended+json";

    private final SchemaStore store;
    private final ArtifactRegistrar registrar;

    GroupsApi(SchemaStore store, ArtifactRegistrar registrar) {
        this.store = store;
        this.registrar = registrar;
    }

    void handle(ApiExchange call) {
        List<String> s = call.segments();
        if (s.size() < 3 || !"artifacts".equals(s.get(2))) {
            throw RegistryException.notFound("No endpoint " + call.method() + " " + call.path());
        }
        String groupId = Groups.normalize(s.get(1));
        String route = call.method() + " " + shape(s);
        switch (route) {
            case "POST artifacts" -> create(call, groupId);
            case "GET artifact" -> {
                StoredVersion latest = latest(groupId, s.get(3));
                call.respondContent(latest, latest.content());
            }
            case "GET meta" -> respondArtifactMetaData(call, latest(groupId, s.get(3)));
            case "POST meta" -> findByContent(call, groupId, s.get(3));
            case "GET version" -> {
                StoredVersion version = version(groupId, s.get(3), s.get(5));
                call.respondContent(version, version.content());
            }
            case "GET versionMeta" ->
                    call.respondJson(200, ApiJson.versionMetaData(version(groupId, s.get(3), s.get(5))));
            case "GET versionReferences" ->
                    call.respondJson(200, ApiJson.references(version(groupId, s.get(3), s.get(5)).references()));
            default -> throw shape(s).equals("unknown")
                    ? RegistryException.notFound("No endpoint " + call.method() + " " + call.path())
                    : RegistryException.methodNotAllowed(call.method(), call.path());
        }
    }

    private void create(ApiExchange call, String groupId) {
        RequestBody body = RequestBody.read(call, EXTENDED_CREATE);
        RegistrationRequest request = new RegistrationRequest(groupId, call.header("X-Registry-ArtifactId"),
                call.header("X-Registry-ArtifactType"), call.header("X-Registry-Version"), body.content(),
                body.references(), RegistrationRequest.IfExists.parse(call.query("ifExists")),
                Boolean.parseBoolean(call.query("canonical")));
        respondArtifactMetaData(call, registrar.register(request));
    }

    private void findByContent(ApiExchange call, String groupId, String artifactId) {
        latest(groupId, artifactId); // an absent artifact is reported before the body is even read
        RequestBody body = RequestBody.read(call, EXTENDED_GET);
        StoredVersion match = registrar.findMatching(groupId, artifactId, body.content(),
                        body.extended() ? body.references() : null, Boolean.parseBoolean(call.query("canonical")))
                .orElseThrow(() -> RegistryException.artifactNotFound(groupId, artifactId));
        call.respondJson(200, ApiJson.versionMetaData(match));
    }

    private void respondArtifactMetaData(ApiExchange call, StoredVersion version) {
        long artifactCreatedOn = store.versions(version.groupId(), version.artifactId()).get(0).createdOn();
        call.respondJson(200, ApiJson.artifactMetaData(version, artifactCreatedOn));
    }

    private StoredVersion latest(String groupId, String artifactId) {
        return store.latest(groupId, artifactId)
                .orElseThrow(() -> RegistryException.artifactNotFound(groupId, artifactId));
    }

    private StoredVersion version(String groupId, String artifactId, String version) {
        latest(groupId, artifactId); // distinguishes ArtifactNotFound from VersionNotFound, as Apicurio does
        return store.version(groupId, artifactId, version)
                .orElseThrow(() -> RegistryException.versionNotFound(groupId, artifactId, version));
    }

    /** Names the endpoint a path below {@code /groups} addresses, independent of the method. */
    private static String shape(List<String> s) {
        return switch (s.size()) {
            case 3 -> "artifacts";
            case 4 -> "artifact";
            case 5 -> "meta".equals(s.get(4)) ? "meta" : "unknown";
            case 6 -> "versions".equals(s.get(4)) ? "version" : "unknown";
            case 7 -> !"versions".equals(s.get(4)) ? "unknown"
                    : "meta".equals(s.get(6)) ? "versionMeta"
                    : "references".equals(s.get(6)) ? "versionReferences" : "unknown";
            default -> "unknown";
        };
    }
}
