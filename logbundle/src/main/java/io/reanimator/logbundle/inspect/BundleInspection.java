package io.reanimator.logbundle.inspect;

import java.time.Instant;
import java.util.List;

import io.reanimator.logbundle.archive.ArchiveFormat;
import io.reanimator.logbundle.manifest.Manifest;

/**
 * What a bundle holds, as far as the gateway needs to know before accepting it.
 *
 * @param manifest          the parsed manifest, or null when the bundle came without one
 * @param files             every regular file with the kind the manifest gives it or, failing that, its content
 * @param collectedAtSource where {@code collectedAt} came from (see docs/logbundle-format.md for the fallbacks)
 * @param notes             what a person should know about how the bundle was read (sniffing, missing files)
 */
public record BundleInspection(
        ArchiveFormat format,
        Manifest manifest,
        List<InspectedFile> files,
        Instant collectedAt,
        CollectedAtSource collectedAtSource,
        List<String> notes) {

    public BundleInspection {
        files = List.copyOf(files);
        notes = List.copyOf(notes);
    }

    public boolean hasManifest() {
        return manifest != null;
    }

    /** @param kind null when neither the manifest nor the content says what the file is */
    public record InspectedFile(String path, String kind, long sizeBytes) {
    }

    public enum CollectedAtSource { MANIFEST, ARCHIVE_ENTRY_MTIME, RECEIVED_AT }
}
