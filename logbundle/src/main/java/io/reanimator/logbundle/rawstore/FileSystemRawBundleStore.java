package io.reanimator.logbundle.rawstore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A {@link RawBundleStore} on a directory: {@code <root>/ab/cd/<sha256>.bundle}, written to a temporary file,
 * forced to disk and moved into place atomically, so a reader never sees a partial bundle and a crash never leaves
 * one under its final name; the directories that received the new name are forced too, so the name itself survives
 * a crash. Several gateways and parsers may share the directory (a shared volume).
 *
 * <p>Published markers are written to a temporary file and hard-linked into place (complete or absent) but not
 * forced: see {@link RawBundleStore#markPublished}. An empty marker, which some file systems leave behind when a
 * crash lost its data, counts as absent and is replaced by the next {@link #markPublished}.
 */
public final class FileSystemRawBundleStore implements RawBundleStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final String BUNDLE_SUFFIX = ".bundle";
    private static final String PUBLISHED_SUFFIX = ".published.json";

    private final Path root;
    /** Directories whose own entry in their parent is known to be on disk (at most 256 + 65,536 of them). */
    private final Set<Path> durableDirectories = ConcurrentHashMap.newKeySet();

    public FileSystemRawBundleStore(Path root) throws IOException {
        this.root = Files.createDirectories(root.toAbsolutePath());
    }

    @Override
    public String put(String sha256, Path spooledFile) throws IOException {
        Path target = bundlePath(sha256);
        if (Files.exists(target)) {
            // Another writer may have named it moments ago without having forced the name yet.
            forceDirectories(target.getParent());
            return RawBundleStore.locationOf(sha256);
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), sha256, ".partial");
        try {
            Files.copy(spooledFile, temp, StandardCopyOption.REPLACE_EXISTING);
            force(temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException racedByAnotherWriter) {
                // Same digest, same bytes: the other writer's copy is as good as ours.
            }
            target.toFile().setReadOnly();
            forceDirectories(target.getParent());
        } finally {
            Files.deleteIfExists(temp);
        }
        return RawBundleStore.locationOf(sha256);
    }

    /**
     * Moves the spooled file into place instead of copying it: forced to disk, renamed atomically (same digest,
     * same bytes, so a concurrent writer's rename is as good as ours), its directories forced. Falls back to
     * {@link #put} when the spool is on another file system.
     */
    @Override
    public String adopt(String sha256, Path spooledFile) throws IOException {
        Path target = bundlePath(sha256);
        if (Files.exists(target)) {
            // Another writer may have named it moments ago without having forced the name yet.
            forceDirectories(target.getParent());
            return RawBundleStore.locationOf(sha256);
        }
        Files.createDirectories(target.getParent());
        force(spooledFile);
        try {
            Files.move(spooledFile, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException otherFileSystem) {
            return put(sha256, spooledFile);
        }
        target.toFile().setReadOnly();
        forceDirectories(target.getParent());
        return RawBundleStore.locationOf(sha256);
    }

    @Override
    public boolean contains(String sha256) {
        return Files.exists(bundlePath(sha256));
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(bundlePath(sha256));
    }

    @Override
    public long size(String sha256) throws IOException {
        return Files.size(bundlePath(sha256));
    }

    /** The file holding a bundle, for readers (archive readers) that need random access. */
    public Path pathOf(String sha256) {
        return bundlePath(sha256);
    }

    @Override
    public void markPublished(String sha256, byte[] metadataJson) throws IOException {
        if (metadataJson.length == 0) {
            throw new IllegalArgumentException("a published marker needs metadata: an empty one reads as absent");
        }
        Path marker = markerPath(sha256);
        if (isPublished(sha256)) {
            return;
        }
        Files.createDirectories(marker.getParent());
        Path temp = Files.createTempFile(marker.getParent(), sha256, ".partial");
        try {
            // Not forced: a marker lost in a crash only costs a second publication, deduplicated downstream.
            Files.write(temp, metadataJson);
            if (Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) {
                // An empty leftover of a crash: replace it whole.
                Files.move(temp, marker, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // A hard link fails if the marker exists: the first publication's metadata is the one kept.
                Files.createLink(marker, temp);
            }
        } catch (FileAlreadyExistsException markedByAnotherRequest) {
            // the other request's metadata describes the same bytes
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public boolean isPublished(String sha256) {
        try {
            return Files.size(markerPath(sha256)) > 0;
        } catch (IOException absent) {
            return false;
        }
    }

    @Override
    public Optional<byte[]> publishedMetadata(String sha256) throws IOException {
        Path marker = markerPath(sha256);
        try {
            byte[] metadata = Files.readAllBytes(marker);
            return metadata.length == 0 ? Optional.empty() : Optional.of(metadata);
        } catch (NoSuchFileException notPublished) {
            return Optional.empty();
        }
    }

    private Path markerPath(String sha256) {
        return bundlePath(sha256).resolveSibling(sha256 + PUBLISHED_SUFFIX);
    }

    @Override
    public Stream<String> digests() throws IOException {
        return Files.walk(root, 3)
                .map(p -> p.getFileName().toString())
                .filter(name -> name.endsWith(BUNDLE_SUFFIX))
                .map(name -> name.substring(0, name.length() - BUNDLE_SUFFIX.length()))
                .sorted();
    }

    private Path bundlePath(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lowercase SHA-256 hex digest");
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256 + BUNDLE_SUFFIX);
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Makes the new name in {@code directory} durable: forces the directory itself, and once per directory and
     * process its parents, whose entry for it may be new (it may have been created moments ago, here or by another
     * writer). Steady state: one directory force per bundle.
     */
    private void forceDirectories(Path directory) throws IOException {
        forceDirectory(directory);
        for (Path dir = directory; !dir.equals(root) && !durableDirectories.contains(dir); dir = dir.getParent()) {
            forceDirectory(dir.getParent());
            durableDirectories.add(dir);
        }
    }

    private static void forceDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
