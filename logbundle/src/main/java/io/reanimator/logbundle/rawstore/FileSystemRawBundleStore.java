package io.reanimator.logbundle.rawstore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A {@link RawBundleStore} on a directory: {@code <root>/ab/cd/<sha256>.bundle}, written to a temporary file,
 * forced to disk and moved into place atomically, so a reader never sees a partial bundle and a crash never leaves
 * one under its final name. Several gateways and parsers may share the directory (a shared volume).
 */
public final class FileSystemRawBundleStore implements RawBundleStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final String BUNDLE_SUFFIX = ".bundle";
    private static final String PUBLISHED_SUFFIX = ".published.json";

    private final Path root;

    public FileSystemRawBundleStore(Path root) throws IOException {
        this.root = Files.createDirectories(root.toAbsolutePath());
    }

    @Override
    public String put(String sha256, Path spooledFile) throws IOException {
        Path target = bundlePath(sha256);
        if (Files.exists(target)) {
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
        } finally {
            Files.deleteIfExists(temp);
        }
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
        Path marker = markerPath(sha256);
        if (Files.exists(marker)) {
            return;
        }
        Files.createDirectories(marker.getParent());
        Path temp = Files.createTempFile(marker.getParent(), sha256, ".partial");
        try {
            Files.write(temp, metadataJson);
            force(temp);
            // A hard link fails if the marker exists: the first publication's metadata is the one kept.
            Files.createLink(marker, temp);
        } catch (FileAlreadyExistsException markedByAnotherRequest) {
            // the other request's metadata describes the same bytes
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public boolean isPublished(String sha256) {
        return Files.exists(markerPath(sha256));
    }

    @Override
    public Optional<byte[]> publishedMetadata(String sha256) throws IOException {
        Path marker = markerPath(sha256);
        try {
            return Optional.of(Files.readAllBytes(marker));
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
}
