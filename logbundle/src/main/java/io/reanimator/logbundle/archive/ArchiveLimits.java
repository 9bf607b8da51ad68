package io.reanimator.logbundle.archive;

/**
 * How far an archive may expand before it is treated as a decompression bomb. Real bundles are text and JSON that
 * compress 5–20×; the ratio check only starts past {@code ratioCheckAfterBytes} so that tiny, highly compressible
 * bundles are not refused.
 *
 * @param maxEntries           most entries (files and directories) in one archive
 * @param maxExpandedBytes     most bytes all entries may expand to together
 * @param maxRatio             most expanded bytes per compressed byte
 * @param ratioCheckAfterBytes expanded size below which the ratio is not checked
 */
public record ArchiveLimits(int maxEntries, long maxExpandedBytes, int maxRatio, long ratioCheckAfterBytes) {

    public static final ArchiveLimits DEFAULT = new ArchiveLimits(10_000, 2L * 1024 * 1024 * 1024, 200, 16L * 1024 * 1024);

    public ArchiveLimits {
        if (maxEntries <= 0 || maxExpandedBytes <= 0 || maxRatio <= 0 || ratioCheckAfterBytes < 0) {
            throw new IllegalArgumentException("archive limits must be positive");
        }
    }
}
