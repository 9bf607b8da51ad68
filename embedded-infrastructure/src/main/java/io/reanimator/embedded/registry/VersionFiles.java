package io.reanimator.embedded.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Persists each version as one JSON file named after its global id.
 *
 * <p>Versions are immutable, so a file is written once: to a temporary file that is flushed to disk and
 * then atomically renamed. A crash leaves either the complete file or a stray temporary file, which
 * {@link #loadAll()} deletes. Naming files by global id keeps artifact ids (which may hold any
 * character) out of file names.
 */
final class VersionFiles {

    private static final Logger LOG = LoggerFactory.getLogger(VersionFiles.class);
    private static final String SUFFIX = ".json";
    private static final String TEMP_SUFFIX = ".tmp";

    private final Path directory;
    private final ObjectMapper mapper;

    VersionFiles(Path directory, ObjectMapper mapper) {
        this.directory = directory;
        this.mapper = mapper;
    }

    /** Reads every persisted version, ordered by global id. */
    List<StoredVersion> loadAll() {
        try {
            Files.createDirectories(directory);
            List<StoredVersion> versions = new ArrayList<>();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(TEMP_SUFFIX)) {
                        LOG.warn("Deleting incomplete schema file {} left by an interrupted write", file);
                        Files.delete(file);
                    } else if (name.endsWith(SUFFIX)) {
                        versions.add(mapper.readValue(file.toFile(), StoredVersion.class));
                    }
                }
            }
            versions.sort(Comparator.comparingLong(StoredVersion::globalId));
            return versions;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the local schema registry from " + directory, e);
        }
    }

    /** Writes a new version durably; returns only once the file is complete under its final name. */
    void write(StoredVersion version) {
        Path target = directory.resolve("version-" + version.globalId() + SUFFIX);
        try {
            Path temp = Files.createTempFile(directory, "version-" + version.globalId() + "-", TEMP_SUFFIX);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(mapper.writeValueAsBytes(version)));
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot persist schema version to " + target, e);
        }
    }
}
