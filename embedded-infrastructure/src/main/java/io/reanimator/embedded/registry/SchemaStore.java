package io.reanimator.embedded.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The registry's state: every version, indexed the ways the REST API looks them up.
 *
 * <p>Ids are never reused: after a restart the counters continue from the highest persisted ids, so a
 * global id written into a Kafka record before the restart still names the same schema. Reads share a
 * lock; {@link #write} runs a check-then-append atomically so concurrent registrations of the same
 * content produce one version.
 */
final class SchemaStore {

    private final VersionFiles files;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<Long, StoredVersion> byGlobalId = new HashMap<>();
    private final Map<ArtifactKey, List<StoredVersion>> byArtifact = new HashMap<>();
    private final Map<ContentKey, Long> contentIds = new HashMap<>();
    private final Map<Long, StoredVersion> firstByContentId = new HashMap<>();
    private final Map<String, Long> contentIdByHash = new HashMap<>();
    private long lastGlobalId;
    private long lastContentId;

    SchemaStore(VersionFiles files) {
        this.files = files;
    }

    /** Loads the persisted versions; returns how many there were. */
    int load() {
        return write(() -> {
            List<StoredVersion> versions = files.loadAll();
            versions.forEach(this::index);
            return versions.size();
        });
    }

    <T> T read(Supplier<T> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    <T> T write(Supplier<T> action) {
        lock.writeLock().lock();
        try {
            return action.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Versions of an artifact, oldest first; empty when the artifact does not exist. */
    List<StoredVersion> versions(String groupId, String artifactId) {
        return read(() -> List.copyOf(byArtifact.getOrDefault(new ArtifactKey(groupId, artifactId), List.of())));
    }

    Optional<StoredVersion> latest(String groupId, String artifactId) {
        List<StoredVersion> versions = versions(groupId, artifactId);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    Optional<StoredVersion> version(String groupId, String artifactId, String version) {
        return versions(groupId, artifactId).stream().filter(v -> v.version().equals(version)).findFirst();
    }

    Optional<StoredVersion> byGlobalId(long globalId) {
        return read(() -> Optional.ofNullable(byGlobalId.get(globalId)));
    }

    Optional<StoredVersion> byContentId(long contentId) {
        return read(() -> Optional.ofNullable(firstByContentId.get(contentId)));
    }

    Optional<StoredVersion> byContentHash(String contentHash) {
        return read(() -> Optional.ofNullable(contentIdByHash.get(contentHash)).map(firstByContentId::get));
    }

    /** Assigns ids, persists and indexes a new version. Call inside {@link #write}. */
    StoredVersion append(String groupId, String artifactId, String version, String type, String content,
                         List<SchemaReference> references) {
        Long contentId = contentIds.get(new ContentKey(content, references));
        StoredVersion created = new StoredVersion(lastGlobalId + 1,
                contentId != null ? contentId : lastContentId + 1,
                groupId, artifactId, version, type, System.currentTimeMillis(), content, references);
        // Persist before indexing: a failed write must not leave a version that vanishes on restart.
        files.write(created);
        index(created);
        return created;
    }

    private void index(StoredVersion version) {
        byGlobalId.put(version.globalId(), version);
        byArtifact.computeIfAbsent(new ArtifactKey(version.groupId(), version.artifactId()),
                key -> new ArrayList<>()).add(version);
        contentIds.putIfAbsent(new ContentKey(version.content(), version.references()), version.contentId());
        firstByContentId.putIfAbsent(version.contentId(), version);
        contentIdByHash.putIfAbsent(version.contentHash(), version.contentId());
        lastGlobalId = Math.max(lastGlobalId, version.globalId());
        lastContentId = Math.max(lastContentId, version.contentId());
    }

    private record ArtifactKey(String groupId, String artifactId) {
    }

    private record ContentKey(String content, List<SchemaReference> references) {
    }
}
