package io.reanimator.deploy.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the all-in-one keeps everything persistent, all under one data directory, so that stopping and starting
 * on the same directory keeps every topic, schema, database row and raw bundle.
 *
 * <pre>
 * data-dir/
 *   kafka/          broker log and KRaft metadata
 *   registry/       schema versions of the registry stand-in
 *   mariadb/        MariaDB data files
 *   raw/            raw bundle bytes (content-addressed)
 *   spool/          uploads being received
 *   streams/NAME/   Kafka Streams state of each streams service
 *   api-token       the generated write token, when none is given
 * </pre>
 */
public record DataLayout(Path root) {

    public DataLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path kafka() {
        return root.resolve("kafka");
    }

    public Path registry() {
        return root.resolve("registry");
    }

    public Path mariadb() {
        return root.resolve("mariadb");
    }

    public Path rawStore() {
        return root.resolve("raw");
    }

    public Path spool() {
        return root.resolve("spool");
    }

    public Path streamsState(String service) {
        return root.resolve("streams").resolve(service);
    }

    public Path apiTokenFile() {
        return root.resolve("api-token");
    }

    /** Creates the directories that must exist before the parts start. */
    public DataLayout create() throws IOException {
        for (Path dir : new Path[] {root, kafka(), registry(), mariadb(), rawStore(), spool(), root.resolve("streams")}) {
            Files.createDirectories(dir);
        }
        return this;
    }
}
