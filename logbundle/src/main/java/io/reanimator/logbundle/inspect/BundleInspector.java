package io.reanimator.logbundle.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.reanimator.logbundle.BundleRejectedException;
import io.reanimator.logbundle.RejectionReason;
import io.reanimator.logbundle.archive.ArchiveEntry;
import io.reanimator.logbundle.archive.ArchiveFormat;
import io.reanimator.logbundle.archive.ArchiveLimits;
import io.reanimator.logbundle.archive.SafeArchiveReader;
import io.reanimator.logbundle.inspect.BundleInspection.CollectedAtSource;
import io.reanimator.logbundle.inspect.BundleInspection.InspectedFile;
import io.reanimator.logbundle.manifest.Manifest;
import io.reanimator.logbundle.manifest.ManifestParser;
import io.reanimator.logbundle.sniff.ContentSniffer;

/**
 * Reads a spooled bundle once: validates the archive, parses the manifest, and recognizes files by content where
 * no manifest names them (files that a manifest read earlier in the archive lists are only counted, not sniffed). Without a manifest, {@code collected_at} falls back to the newest plausible entry
 * modification time of a recognized file, then to the upload time.
 */
public final class BundleInspector {

    /** Entry times before this are unset clocks (1970, 1980 zip epochs), not collection times. */
    private static final Instant PLAUSIBLE_AFTER = Instant.parse("2000-01-01T00:00:00Z");
    private static final Duration CLOCK_SKEW = Duration.ofDays(1);

    private final SafeArchiveReader reader;
    private final ManifestParser manifestParser = new ManifestParser();

    public BundleInspector(ArchiveLimits limits) {
        this.reader = new SafeArchiveReader(limits);
    }

    public BundleInspection inspect(Path bundle, Instant receivedAt) throws BundleRejectedException, IOException {
        List<SeenFile> seen = new ArrayList<>();
        byte[][] manifestBytes = new byte[1][];
        Manifest[] earlyManifest = new Manifest[1];
        ArchiveFormat format = reader.read(bundle, (entry, content) -> {
            if (entry.path().equals(Manifest.FILE_NAME)) {
                manifestBytes[0] = content.readNBytes(ManifestParser.MAX_MANIFEST_BYTES + 1);
                earlyManifest[0] = parsedOrNull(manifestBytes[0]);
            } else if (earlyManifest[0] != null && lists(earlyManifest[0], entry.path())) {
                // The manifest came first (as collectors write it) and names this file's kind: no need to sniff.
                seen.add(count(entry, content));
            } else {
                seen.add(sniff(entry, content));
            }
        });
        Manifest manifest = manifestBytes[0] == null ? null : manifestParser.parse(manifestBytes[0]);
        List<String> notes = new ArrayList<>();
        List<InspectedFile> files = manifest == null ? sniffedFiles(seen, notes) : listedFiles(manifest, seen, notes);
        if (manifest != null) {
            return new BundleInspection(format, manifest, files, manifest.collectedAt(), CollectedAtSource.MANIFEST, notes);
        }
        Instant newest = seen.stream()
                .filter(f -> f.sniffedKind() != null)
                .map(SeenFile::modifiedAt)
                .filter(Objects::nonNull)
                .filter(t -> t.isAfter(PLAUSIBLE_AFTER) && t.isBefore(receivedAt.plus(CLOCK_SKEW)))
                .max(Comparator.naturalOrder())
                .orElse(null);
        if (newest != null) {
            notes.add("collected_at taken from the newest modification time of a recognized file");
            return new BundleInspection(format, null, files, newest, CollectedAtSource.ARCHIVE_ENTRY_MTIME, notes);
        }
        notes.add("collected_at unknown: the upload time stands in for it");
        return new BundleInspection(format, null, files, receivedAt, CollectedAtSource.RECEIVED_AT, notes);
    }

    private Manifest parsedOrNull(byte[] bytes) {
        try {
            return manifestParser.parse(bytes);
        } catch (BundleRejectedException invalid) {
            return null; // reported with every problem once the whole archive was checked
        }
    }

    private static boolean lists(Manifest manifest, String path) {
        return manifest.files().stream().anyMatch(listed -> listed.covers(path));
    }

    private static SeenFile count(ArchiveEntry entry, InputStream content) throws IOException {
        // Read only to be counted: the reader charges real bytes against its limits.
        long size = content.transferTo(OutputStream.nullOutputStream());
        return new SeenFile(entry.path(), null, size, entry.modifiedAt());
    }

    private static SeenFile sniff(ArchiveEntry entry, InputStream content) throws IOException {
        byte[] head = content.readNBytes(ContentSniffer.HEAD_BYTES);
        // The rest is read only to be counted: the reader charges real bytes against its limits.
        long rest = content.transferTo(OutputStream.nullOutputStream());
        return new SeenFile(entry.path(), ContentSniffer.sniff(head), head.length + rest, entry.modifiedAt());
    }

    private static List<InspectedFile> sniffedFiles(List<SeenFile> seen, List<String> notes)
            throws BundleRejectedException {
        if (seen.stream().allMatch(f -> f.sniffedKind() == null)) {
            throw new BundleRejectedException(RejectionReason.NOTHING_RECOGNIZED,
                    "none of the " + seen.size() + " files is output of a supported tool; add a manifest.json");
        }
        notes.add("no manifest.json: file kinds recognized by content");
        return seen.stream().map(f -> new InspectedFile(f.path(), f.sniffedKind(), f.size())).toList();
    }

    private static List<InspectedFile> listedFiles(Manifest manifest, List<SeenFile> seen, List<String> notes) {
        List<InspectedFile> files = new ArrayList<>();
        for (SeenFile file : seen) {
            String kind = manifest.files().stream()
                    .filter(listed -> listed.covers(file.path()))
                    .map(Manifest.ManifestFile::kind)
                    .findFirst()
                    .orElse(null);
            if (kind == null && file.sniffedKind() != null) {
                notes.add("'" + file.path() + "' is not in the manifest; recognized by content as " + file.sniffedKind());
                kind = file.sniffedKind();
            }
            files.add(new InspectedFile(file.path(), kind, file.size()));
        }
        for (Manifest.ManifestFile listed : manifest.files()) {
            if (seen.stream().noneMatch(f -> listed.covers(f.path()))) {
                notes.add("the manifest lists '" + listed.path() + "' but the archive has no such file");
            }
        }
        return files;
    }

    private record SeenFile(String path, String sniffedKind, long size, Instant modifiedAt) {
    }
}
