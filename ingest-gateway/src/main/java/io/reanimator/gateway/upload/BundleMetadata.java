package io.reanimator.gateway.upload;

import java.time.Instant;
import java.util.List;

import io.reanimator.avro.LogBundle;

/** What {@code GET /ingest/logbundles/{id}} answers; recorded next to the raw bytes when a bundle is published. */
public record BundleMetadata(
        String bundleId,
        String sha256,
        long sizeBytes,
        String archiveFormat,
        Instant receivedAt,
        Instant collectedAt,
        String collectedAtSource,
        String manifestSource,
        String site,
        String assetSerial,
        String uploadedBy,
        List<File> files,
        List<String> notes,
        String status) {

    /** The bundle reached the bundles topic; later stages report their own progress on their own records. */
    public static final String STATUS_PUBLISHED = "published";

    public record File(String path, String kind, Long sizeBytes) {
    }

    static BundleMetadata of(LogBundle b) {
        return new BundleMetadata(b.getBundleId(), b.getSha256(), b.getSizeBytes(), b.getArchiveFormat().name(),
                b.getReceivedAt(), b.getCollectedAt(), b.getCollectedAtSource().name(), b.getManifestSource().name(),
                b.getManifest().getSite(), b.getManifest().getAssetSerial(), b.getUploadedBy(),
                b.getManifest().getFiles().stream().map(f -> new File(f.getPath(), f.getKind(), f.getSizeBytes())).toList(),
                b.getIngestNotes(), STATUS_PUBLISHED);
    }
}
