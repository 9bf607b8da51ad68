package io.reanimator.parser.support;

import io.reanimator.avro.ArchiveFormat;
import io.reanimator.avro.BundleFile;
import io.reanimator.avro.BundleManifest;
import io.reanimator.avro.CollectedAtSource;
import io.reanimator.avro.LogBundle;
import io.reanimator.avro.ManifestSource;
import io.reanimator.logbundle.archive.ArchiveLimits;
import io.reanimator.logbundle.inspect.BundleInspection;
import io.reanimator.logbundle.inspect.BundleInspector;
import io.reanimator.logbundle.manifest.Manifest;
import io.reanimator.logbundle.rawstore.FileSystemRawBundleStore;
import io.reanimator.logbundle.rawstore.RawBundleStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Stores bundle bytes in a raw store the way the gateway does (content-addressed, then inspected) and builds the
 * {@link LogBundle} record the gateway would publish for them.
 */
public final class TestBundles {

    public static final Instant RECEIVED_AT = Instant.parse("2026-03-02T08:00:00Z");

    private final FileSystemRawBundleStore store;
    private final Path root;

    public TestBundles(Path root) {
        try {
            this.root = root;
            this.store = new FileSystemRawBundleStore(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh store under {@code target/raw-stores/<name>-<nanos>}. */
    public static TestBundles under(String name) {
        return new TestBundles(Path.of("target", "raw-stores", name + "-" + System.nanoTime()).toAbsolutePath());
    }

    public FileSystemRawBundleStore store() {
        return store;
    }

    public Path root() {
        return root;
    }

    /** Stores the bytes and returns the record the gateway would publish. */
    public LogBundle publish(byte[] bytes) {
        try {
            String sha = sha256(bytes);
            Path spool = Files.createTempFile(Files.createDirectories(root.resolve("spool")), "b", ".bin");
            Files.write(spool, bytes);
            String location = store.put(sha, spool);
            Files.delete(spool);
            BundleInspection inspection = new BundleInspector(ArchiveLimits.DEFAULT).inspect(store.pathOf(sha),
                    RECEIVED_AT);
            return record(sha, bytes.length, location, inspection);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (io.reanimator.logbundle.BundleRejectedException e) {
            throw new IllegalArgumentException("test bundle rejected: " + e.getMessage(), e);
        }
    }

    /** A record naming bytes the store does not hold. */
    public static LogBundle missing(String sha) {
        return LogBundle.newBuilder().setBundleId(sha).setSha256(sha).setSizeBytes(10)
                .setArchiveFormat(ArchiveFormat.TAR_GZ).setReceivedAt(RECEIVED_AT).setCollectedAt(RECEIVED_AT)
                .setCollectedAtSource(CollectedAtSource.RECEIVED_AT).setRawLocation(RawBundleStore.locationOf(sha))
                .setManifestSource(ManifestSource.SNIFFED)
                .setManifest(BundleManifest.newBuilder().setFiles(List.of(BundleFile.newBuilder()
                        .setPath("dmidecode.txt").setKind("dmidecode").setSizeBytes(null).build())).build())
                .build();
    }

    private static LogBundle record(String sha, long size, String location, BundleInspection inspection) {
        Manifest m = inspection.manifest();
        List<BundleFile> files = inspection.files().stream().map(f -> BundleFile.newBuilder().setPath(f.path())
                .setKind(f.kind() == null ? "unrecognized" : f.kind()).setSizeBytes(f.sizeBytes()).build()).toList();
        BundleManifest manifest = BundleManifest.newBuilder()
                .setFormat(m == null ? null : m.format())
                .setSite(m == null ? null : m.site())
                .setCustomer(m == null ? null : m.customer())
                .setProject(m == null ? null : m.project())
                .setAssetSerial(m == null ? null : m.assetSerial())
                .setAssetHostname(m == null ? null : m.assetHostname())
                .setAssetTag(m == null ? null : m.assetTag())
                .setFiles(files).build();
        return LogBundle.newBuilder().setBundleId(sha).setSha256(sha).setSizeBytes(size)
                .setArchiveFormat(ArchiveFormat.valueOf(inspection.format().name())).setReceivedAt(RECEIVED_AT)
                .setCollectedAt(inspection.collectedAt())
                .setCollectedAtSource(CollectedAtSource.valueOf(inspection.collectedAtSource().name()))
                .setRawLocation(location)
                .setManifestSource(m == null ? ManifestSource.SNIFFED : ManifestSource.MANIFEST)
                .setManifest(manifest).setIngestNotes(inspection.notes()).build();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
