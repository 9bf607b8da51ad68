package io.reanimator.embedded.registry;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.apache.avro.Schema;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apicurio's create-artifact semantics: the {@code ifExists} policy, content matching, and the
 * compatibility rule that guards every new version.
 */
final class ArtifactRegistrar {

    static final String AVRO = "AVRO";
    private static final Logger LOG = LoggerFactory.getLogger(ArtifactRegistrar.class);

    private final SchemaStore store;
    private final AvroSchemas avro;
    private final CompatibilityChecker checker;

    ArtifactRegistrar(SchemaStore store, AvroSchemas avro, CompatibilityChecker checker) {
        this.store = store;
        this.avro = avro;
        this.checker = checker;
    }

    /** Registers or finds the version a create-artifact request names. */
    StoredVersion register(RegistrationRequest request) {
        String type = request.type() == null ? AVRO : request.type().toUpperCase(Locale.ROOT);
        if (!AVRO.equals(type)) {
            throw RegistryException.invalidArtifactType(request.type());
        }
        // Apicurio generates an id when the client sends none; the serdes always send one.
        String artifactId = request.artifactId() != null ? request.artifactId() : UUID.randomUUID().toString();
        return store.write(() -> registerAtomically(request, artifactId));
    }

    /**
     * The newest version of an artifact whose content matches.
     *
     * @param references the references to match as well, or {@code null} to accept any
     */
    Optional<StoredVersion> findMatching(String groupId, String artifactId, String content,
                                         List<SchemaReference> references, boolean canonical) {
        List<StoredVersion> versions = store.versions(groupId, artifactId);
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (matches(versions.get(i), content, references, canonical)) {
                return Optional.of(versions.get(i));
            }
        }
        return Optional.empty();
    }

    private StoredVersion registerAtomically(RegistrationRequest request, String artifactId) {
        List<StoredVersion> versions = store.versions(request.groupId(), artifactId);
        if (versions.isEmpty()) {
            return create(request, artifactId, versions);
        }
        return switch (request.ifExists()) {
            case FAIL -> throw RegistryException.alreadyExists(request.groupId(), artifactId);
            case RETURN -> versions.get(versions.size() - 1);
            case UPDATE -> create(request, artifactId, versions);
            // An older version with the same content is returned as is, so a producer still on an old
            // schema keeps its id instead of pushing that schema back on top as a new version.
            case RETURN_OR_UPDATE -> findMatching(request.groupId(), artifactId, request.content(),
                    request.references(), request.canonical())
                    .orElseGet(() -> create(request, artifactId, versions));
        };
    }

    private StoredVersion create(RegistrationRequest request, String artifactId, List<StoredVersion> versions) {
        Schema proposed = avro.parse(request.content(), request.references());
        if (!versions.isEmpty()) {
            checkCompatibility(artifactId, versions.get(versions.size() - 1), proposed);
        }
        String version = request.version() != null ? request.version() : nextVersion(versions);
        if (hasVersion(versions, version)) {
            throw RegistryException.versionAlreadyExists(request.groupId(), artifactId, version);
        }
        StoredVersion created = store.append(request.groupId(), artifactId, version, AVRO,
                request.content(), request.references());
        LOG.info("Registered schema {}/{} version {} (globalId {}, contentId {})", created.groupId(),
                created.artifactId(), created.version(), created.globalId(), created.contentId());
        return created;
    }

    private void checkCompatibility(String artifactId, StoredVersion latest, Schema proposed) {
        Schema previous = avro.parse(latest.content(), latest.references());
        List<CompatibilityChecker.Violation> violations = checker.findViolations(previous, proposed);
        if (!violations.isEmpty()) {
            LOG.info("Refused schema for {}/{}: {} {} compatibility violation(s) against version {}",
                    latest.groupId(), artifactId, violations.size(), checker.ruleName(), latest.version());
            throw RegistryException.ruleViolation(String.format(
                    "Incompatible artifact: %s [%s], num of incompatible diffs: {%d}, rule %s, list of diffs: %s",
                    artifactId, AVRO, violations.size(), checker.ruleName(),
                    violations.stream().map(CompatibilityChecker.Violation::description).toList()), violations);
        }
    }

    private boolean matches(StoredVersion candidate, String content, List<SchemaReference> references,
                            boolean canonical) {
        if (references != null && !references.equals(candidate.references())) {
            return false;
        }
        if (!canonical) {
            return candidate.content().equals(content);
        }
        try {
            // The content is read with the candidate's references: a plain lookup sends none of its own.
            return avro.canonicalForm(content, candidate.references())
                    .equals(avro.canonicalForm(candidate.content(), candidate.references()));
        } catch (RegistryException unparseable) {
            // Like Apicurio, content that cannot be canonicalised is compared as it is.
            return candidate.content().equals(content);
        }
    }

    private static String nextVersion(List<StoredVersion> versions) {
        int next = versions.size() + 1;
        while (hasVersion(versions, String.valueOf(next))) {
            next++;
        }
        return String.valueOf(next);
    }

    private static boolean hasVersion(List<StoredVersion> versions, String version) {
        return versions.stream().anyMatch(v -> v.version().equals(version));
    }
}
