package io.reanimator.parser.bundle;

import io.reanimator.avro.BundleFile;
import io.reanimator.avro.LogBundle;
import io.reanimator.logbundle.BundleRejectedException;
import io.reanimator.logbundle.archive.ArchiveLimits;
import io.reanimator.logbundle.archive.SafeArchiveReader;
import io.reanimator.logbundle.manifest.Manifest;
import io.reanimator.logbundle.manifest.ManifestParser;
import io.reanimator.logbundle.rawstore.FileSystemRawBundleStore;
import io.reanimator.logbundle.rawstore.RawBundleStore;
import io.reanimator.parser.bundle.BundleContents.Skipped;
import io.reanimator.parser.report.ParseInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Opens a bundle's raw bytes in the raw store (the same directory the gateway writes: {@code
 * REANIMATOR_RAW_STORE_DIR} must name the same shared volume for both) and reads the files that some parser can
 * read, grouped by manifest entry.
 *
 * <p>Kinds come from the bundle record's manifest (given or sniffed by the gateway). Files of a
 * {@link FileParsers#DIRECTORY_KINDS directory kind} are read together: those under a directory entry of the
 * bundle's own {@code manifest.json} form one input named by that entry; without such an entry, those sharing a
 * top-level directory form one input named {@code <dir>/}. Files over {@link #MAX_FILE_BYTES} are skipped.
 */
public final class BundleReader {

    public static final int MAX_FILE_BYTES = 64 * 1024 * 1024;

    private final RawBundleStore store;
    private final FileParsers parsers;
    private final SafeArchiveReader archives = new SafeArchiveReader(ArchiveLimits.DEFAULT);
    private final ManifestParser manifestParser = new ManifestParser();

    public BundleReader(RawBundleStore store, FileParsers parsers) {
        this.store = store;
        this.parsers = parsers;
    }

    /**
     * @throws RawBundleMissingException the store does not hold the bytes the record names
     * @throws BundleRejectedException   the bytes are not a readable, safe archive
     * @throws IOException               the store cannot be read (infrastructure: not dead-lettered)
     */
    public BundleContents read(LogBundle bundle) throws RawBundleMissingException, BundleRejectedException,
            IOException {
        String digest = digestOf(bundle);
        if (!store.contains(digest)) {
            throw new RawBundleMissingException("the raw store holds no bundle " + digest
                    + " (rawLocation " + bundle.getRawLocation() + ")");
        }
        Map<String, String> kinds = new HashMap<>();
        for (BundleFile file : bundle.getManifest().getFiles()) {
            kinds.put(file.getPath(), file.getKind());
        }
        Map<String, byte[]> contents = new LinkedHashMap<>();
        List<Skipped> skipped = new ArrayList<>();
        byte[][] manifestJson = new byte[1][];
        long[] expanded = {0};
        withArchivePath(digest, path -> archives.read(path, (entry, in) -> {
            String kind = kinds.get(entry.path());
            if (entry.path().equals(Manifest.FILE_NAME)) {
                manifestJson[0] = in.readNBytes(ManifestParser.MAX_MANIFEST_BYTES + 1);
            } else if (kind != null && parsers.forKind(kind).isPresent()) {
                byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
                expanded[0] += bytes.length;
                if (bytes.length > MAX_FILE_BYTES) {
                    skipped.add(new Skipped(entry.path(), kind, "larger than " + MAX_FILE_BYTES + " bytes"));
                } else {
                    contents.put(entry.path(), bytes);
                }
            } else {
                expanded[0] += in.transferTo(OutputStream.nullOutputStream());
            }
        }));
        List<Manifest.ManifestFile> directories = directoryEntries(manifestJson[0]);
        return new BundleContents(group(contents, kinds, directories), skipped, expanded[0]);
    }

    private static String digestOf(LogBundle bundle) {
        try {
            return RawBundleStore.digestOf(bundle.getRawLocation());
        } catch (IllegalArgumentException notRaw) {
            // Locations from another store scheme: the store is content-addressed, so the digest is enough.
            return bundle.getSha256();
        }
    }

    private interface ArchiveAction {
        void run(Path archive) throws IOException, BundleRejectedException;
    }

    private void withArchivePath(String digest, ArchiveAction action) throws IOException, BundleRejectedException {
        if (store instanceof FileSystemRawBundleStore files) {
            action.run(files.pathOf(digest));
            return;
        }
        // Other stores stream; the archive reader needs a file (zip has its directory at the end).
        Path spooled = Files.createTempFile("reanimator-parse-", ".bundle");
        try (InputStream in = store.open(digest)) {
            Files.copy(in, spooled, StandardCopyOption.REPLACE_EXISTING);
            action.run(spooled);
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    private List<Manifest.ManifestFile> directoryEntries(byte[] manifestJson) {
        if (manifestJson == null) {
            return List.of();
        }
        try {
            return manifestParser.parse(manifestJson).files().stream().filter(Manifest.ManifestFile::isDirectory)
                    .toList();
        } catch (BundleRejectedException unreadable) {
            // The gateway accepted the bundle, so its record's per-file kinds stand; only grouping is lost.
            return List.of();
        }
    }

    static List<ParseInput> group(Map<String, byte[]> contents, Map<String, String> kinds,
            List<Manifest.ManifestFile> directories) {
        Map<String, List<ParseInput.InputFile>> groups = new LinkedHashMap<>();
        Map<String, String> groupKinds = new HashMap<>();
        for (Map.Entry<String, byte[]> file : contents.entrySet()) {
            String kind = kinds.get(file.getKey());
            String groupPath = groupPath(file.getKey(), kind, directories);
            groups.computeIfAbsent(groupPath, p -> new ArrayList<>())
                    .add(new ParseInput.InputFile(file.getKey(), file.getValue()));
            groupKinds.put(groupPath, kind);
        }
        List<ParseInput> inputs = new ArrayList<>();
        groups.forEach((path, files) -> inputs.add(new ParseInput(path, groupKinds.get(path), files)));
        return inputs;
    }

    private static String groupPath(String path, String kind, List<Manifest.ManifestFile> directories) {
        if (!FileParsers.DIRECTORY_KINDS.contains(kind)) {
            return path;
        }
        for (Manifest.ManifestFile directory : directories) {
            if (directory.kind().equals(kind) && directory.covers(path)) {
                return directory.path();
            }
        }
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash + 1);
    }
}
