package io.reanimator.gateway.publish;

import java.time.Instant;
import java.util.List;

import io.reanimator.avro.ArchiveFormat;
import io.reanimator.avro.BundleFile;
import io.reanimator.avro.BundleManifest;
import io.reanimator.avro.CollectedAtSource;
import io.reanimator.avro.LogBundle;
import io.reanimator.avro.ManifestSource;
import io.reanimator.logbundle.inspect.BundleInspection;
import io.reanimator.logbundle.manifest.Manifest;

/** Turns what the gateway learned about an upload into the record the bundles topic carries. */
public final class LogBundleRecords {

    /** The kind of a file that neither the manifest nor its content identifies; it is kept, not parsed. */
    public static final String UNRECOGNIZED_KIND = "unrecognized";

    private LogBundleRecords() {
    }

    public static LogBundle of(String sha256, long sizeBytes, Instant receivedAt, String rawLocation,
                               BundleInspection inspection, String uploadedBy) {
        Manifest m = inspection.manifest();
        List<BundleFile> files = inspection.files().stream()
                .map(f -> BundleFile.newBuilder().setPath(f.path()).setKind(f.kind() == null ? UNRECOGNIZED_KIND : f.kind()).setSizeBytes(f.sizeBytes()).build())
                .toList();
        BundleManifest manifest = BundleManifest.newBuilder()
                .setFormat(m == null ? null : m.format())
                .setCollectorName(m == null ? null : m.collectorName())
                .setCollectorVersion(m == null ? null : m.collectorVersion())
                .setSite(m == null ? null : m.site())
                .setCustomer(m == null ? null : m.customer())
                .setProject(m == null ? null : m.project())
                .setAssetSerial(m == null ? null : m.assetSerial())
                .setAssetHostname(m == null ? null : m.assetHostname())
                .setAssetTag(m == null ? null : m.assetTag())
                .setFiles(files)
                .build();
        return LogBundle.newBuilder()
                .setBundleId(sha256)
                .setSha256(sha256)
                .setSizeBytes(sizeBytes)
                .setArchiveFormat(ArchiveFormat.valueOf(inspection.format().name()))
                .setReceivedAt(receivedAt)
                .setCollectedAt(inspection.collectedAt())
                .setCollectedAtSource(CollectedAtSource.valueOf(inspection.collectedAtSource().name()))
                .setRawLocation(rawLocation)
                .setManifestSource(inspection.hasManifest() ? ManifestSource.MANIFEST : ManifestSource.SNIFFED)
                .setManifest(manifest)
                .setUploadedBy(uploadedBy)
                .setIngestNotes(inspection.notes())
                .build();
    }
}
