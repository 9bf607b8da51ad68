package io.reanimator.embedded.registry;

import java.util.List;

/**
 * A refusal the registry answers with Apicurio's error JSON.
 *
 * <p>The {@code name} must be one of the exception names the 2.6 client's {@code ExceptionMapper}
 * knows, so the serdes raise the same typed exception they would against a real Apicurio.
 */
final class RegistryException extends RuntimeException {

    private final int status;
    private final String name;
    private final List<CompatibilityChecker.Violation> causes;

    private RegistryException(int status, String name, String message,
                              List<CompatibilityChecker.Violation> causes) {
        super(message);
        this.status = status;
        this.name = name;
        this.causes = List.copyOf(causes);
    }

    static RegistryException artifactNotFound(String groupId, String artifactId) {
        return new RegistryException(404, "ArtifactNotFoundException", String.format(
                "No artifact with ID '%s' in group '%s' was found.", artifactId, groupId), List.of());
    }

    static RegistryException versionNotFound(String groupId, String artifactId, String version) {
        return new RegistryException(404, "VersionNotFoundException", String.format(
                "No version '%s' found for artifact with ID '%s' in group '%s'.",
                version, artifactId, groupId), List.of());
    }

    static RegistryException globalIdNotFound(long globalId) {
        return new RegistryException(404, "ArtifactNotFoundException",
                "No artifact with global ID '" + globalId + "' was found.", List.of());
    }

    static RegistryException contentNotFound(String what) {
        return new RegistryException(404, "ContentNotFoundException",
                "No content with " + what + " was found.", List.of());
    }

    static RegistryException notFound(String message) {
        return new RegistryException(404, "NotFoundException", message, List.of());
    }

    static RegistryException methodNotAllowed(String method, String path) {
        return new RegistryException(405, "NotAllowedException",
                "Method " + method + " is not supported on " + path + " by the local registry.", List.of());
    }

    static RegistryException badRequest(String message) {
        return new RegistryException(400, "BadRequestException", message, List.of());
    }

    static RegistryException invalidArtifactType(String type) {
        return new RegistryException(400, "InvalidArtifactTypeException",
                "Artifact type '" + type + "' is not supported by the local registry; only AVRO is.", List.of());
    }

    static RegistryException alreadyExists(String groupId, String artifactId) {
        return new RegistryException(409, "ArtifactAlreadyExistsException", String.format(
                "An artifact with ID '%s' in group '%s' already exists.", artifactId, groupId), List.of());
    }

    static RegistryException versionAlreadyExists(String groupId, String artifactId, String version) {
        return new RegistryException(409, "VersionAlreadyExistsException", String.format(
                "Version '%s' of artifact '%s' in group '%s' already exists.",
                version, artifactId, groupId), List.of());
    }

    static RegistryException serverError(RuntimeException cause) {
        return new RegistryException(500, "InternalServerError",
                "The local registry failed: " + cause, List.of());
    }

    static RegistryException ruleViolation(String message, List<CompatibilityChecker.Violation> causes) {
        return new RegistryException(409, "RuleViolationException", message, causes);
    }

    int status() {
        return status;
    }

    String name() {
        return name;
    }

    List<CompatibilityChecker.Violation> causes() {
        return causes;
    }
}
