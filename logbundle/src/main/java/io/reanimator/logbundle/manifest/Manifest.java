package io.reanimator.logbundle.manifest;

import java.time.Instant;
import java.util.List;

/**
 * A bundle's {@code manifest.json}, version 1 (see docs/logbundle-format.md). Only {@code collectedAt} and
 * {@code files} are required; every other field is null when absent.
 */
public record Manifest(
        String format,
        String collectorName,
        String collectorVersion,
        Instant collectedAt,
        String site,
        String customer,
        String project,
        String assetSerial,
        String assetHostname,
        String assetTag,
        List<ManifestFile> files) {

    public static final String FORMAT_V1 = "reanimator-logbundle/1";
    public static final String FILE_NAME = "manifest.json";

    public Manifest {
        files = List.copyOf(files);
    }

    /**
     * One listed file or directory.
     *
     * @param path a relative path; a path ending in '/' names every file below that directory
     * @param kind one of {@link FileKinds#KNOWN} or any other string, kept verbatim
     */
    public record ManifestFile(String path, String kind) {

        public boolean isDirectory() {
            return path.endsWith("/");
        }

        public boolean covers(String filePath) {
            return isDirectory() ? filePath.startsWith(path) : filePath.equals(path);
        }
    }
}
