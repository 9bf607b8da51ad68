package io.reanimator.logbundle.archive;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Enumeration;

import io.reanimator.logbundle.BundleRejectedException;
import io.reanimator.logbundle.RejectionReason;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.io.input.CloseShieldInputStream;

/**
 * Reads the regular files of a .tar.gz, .tar or .zip bundle, refusing what a bundle must never contain (links,
 * devices, paths outside the bundle) and stopping as soon as the archive expands past its {@link ArchiveLimits}.
 * Every entry is read to its end, so the limits count real bytes, not the sizes the archive claims.
 */
public final class SafeArchiveReader {

    private final ArchiveLimits limits;

    public SafeArchiveReader(ArchiveLimits limits) {
        this.limits = limits;
    }

    /** @return the format that was read */
    public ArchiveFormat read(Path archive, EntryHandler handler) throws BundleRejectedException, IOException {
        long size = Files.size(archive);
        if (size == 0) {
            throw new BundleRejectedException(RejectionReason.EMPTY_BODY, "the body has no bytes");
        }
        ArchiveFormat format = ArchiveFormat.detect(archive);
        if (format == null) {
            throw new BundleRejectedException(RejectionReason.NOT_AN_ARCHIVE,
                    "no gzip, zip or tar signature in the first bytes");
        }
        ExpansionBudget budget = new ExpansionBudget(limits, size);
        try {
            switch (format) {
                case TAR_GZ -> readTarGz(archive, budget, handler);
                case TAR -> readTar(new BudgetedInputStream(Files.newInputStream(archive), budget), budget, handler);
                case ZIP -> readZip(archive, budget, handler);
                default -> throw new IllegalStateException("unhandled format " + format);
            }
        } catch (BudgetedInputStream.LimitExceededException e) {
            throw e.rejection();
        }
        return format;
    }

    private void readTarGz(Path archive, ExpansionBudget budget, EntryHandler handler)
            throws IOException, BundleRejectedException {
        InputStream gunzipped;
        try {
            gunzipped = GzipCompressorInputStream.builder()
                    .setInputStream(new BufferedInputStream(Files.newInputStream(archive)))
                    .setDecompressConcatenated(true)
                    .get();
        } catch (IOException e) {
            throw corrupt("gzip header is invalid: " + e.getMessage(), e);
        }
        BufferedInputStream in = new BufferedInputStream(new BudgetedInputStream(gunzipped, budget));
        try {
            in.mark(512);
            byte[] head = in.readNBytes(512);
            in.reset();
            if (!ArchiveFormat.isTarHeader(head)) {
                throw new BundleRejectedException(RejectionReason.NOT_AN_ARCHIVE,
                        "the gzip stream does not contain a tar archive");
            }
        } catch (BudgetedInputStream.LimitExceededException e) {
            in.close();
            throw e.rejection();
        } catch (IOException | BundleRejectedException e) {
            in.close();
            throw e instanceof BundleRejectedException r ? r : corrupt("gzip stream is corrupt: " + e.getMessage(), e);
        }
        readTar(in, budget, handler);
    }

    private void readTar(InputStream raw, ExpansionBudget budget, EntryHandler handler)
            throws IOException, BundleRejectedException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(raw)) {
            TarArchiveEntry entry;
            while ((entry = nextTarEntry(tar)) != null) {
                budget.countEntry();
                String path = EntryPaths.normalize(entry.getName());
                if (entry.isSymbolicLink() || entry.isLink()) {
                    throw EntryPaths.unsafe("entry '" + EntryPaths.printable(path) + "' is a link");
                }
                if (entry.isCharacterDevice() || entry.isBlockDevice() || entry.isFIFO()) {
                    throw EntryPaths.unsafe("entry '" + EntryPaths.printable(path) + "' is a device or pipe");
                }
                if (entry.isFile() && !path.isEmpty()) {
                    // The tar stream itself is charged to the budget, so entries are not charged twice.
                    deliver(new ArchiveEntry(path, instantOf(entry.getModTime().getTime())), tar, null, handler);
                }
            }
        }
    }

    private static TarArchiveEntry nextTarEntry(TarArchiveInputStream tar) throws IOException, BundleRejectedException {
        try {
            return tar.getNextEntry();
        } catch (BudgetedInputStream.LimitExceededException e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            throw corrupt("tar stream is corrupt or truncated: " + e.getMessage(), e);
        }
    }

    private void readZip(Path archive, ExpansionBudget budget, EntryHandler handler)
            throws IOException, BundleRejectedException {
        ZipFile zip;
        try {
            zip = ZipFile.builder().setPath(archive).get();
        } catch (IOException e) {
            throw corrupt("zip central directory is unreadable: " + e.getMessage(), e);
        }
        try (zip) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                budget.countEntry();
                String path = EntryPaths.normalize(entry.getName());
                if (entry.isUnixSymlink()) {
                    throw EntryPaths.unsafe("entry '" + EntryPaths.printable(path) + "' is a link");
                }
                if (!entry.isDirectory() && !path.isEmpty()) {
                    try (InputStream content = zip.getInputStream(entry)) {
                        deliver(new ArchiveEntry(path, instantOf(entry.getTime())), content, budget, handler);
                    }
                }
            }
        }
    }

    /** @param budget where to charge the entry's bytes, or null when the enclosing stream is charged already */
    private static void deliver(ArchiveEntry entry, InputStream content, ExpansionBudget budget, EntryHandler handler)
            throws IOException, BundleRejectedException {
        // Handlers must not close the archive under the reader: closing an entry's stream leaves the archive open.
        BudgetedInputStream counted = new BudgetedInputStream(CloseShieldInputStream.wrap(content), budget);
        try {
            handler.onEntry(entry, counted);
            counted.drain();
        } catch (BudgetedInputStream.LimitExceededException e) {
            throw e.rejection();
        } catch (IOException e) {
            throw corrupt("entry '" + EntryPaths.printable(entry.path()) + "' cannot be read: " + e.getMessage(), e);
        }
    }

    private static Instant instantOf(long epochMillis) {
        return epochMillis > 0 ? Instant.ofEpochMilli(epochMillis) : null;
    }

    private static BundleRejectedException corrupt(String message, Throwable cause) {
        return new BundleRejectedException(RejectionReason.CORRUPT_ARCHIVE, message, cause);
    }
}
