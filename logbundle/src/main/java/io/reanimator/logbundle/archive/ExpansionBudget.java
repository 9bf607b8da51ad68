package io.reanimator.logbundle.archive;

import io.reanimator.logbundle.BundleRejectedException;
import io.reanimator.logbundle.RejectionReason;

/** Counts what an archive really expands to (declared sizes can lie) against the {@link ArchiveLimits}. */
final class ExpansionBudget {

    private final ArchiveLimits limits;
    private final long compressedBytes;
    private long expandedBytes;
    private int entries;

    ExpansionBudget(ArchiveLimits limits, long compressedBytes) {
        this.limits = limits;
        this.compressedBytes = Math.max(1, compressedBytes);
    }

    void countEntry() throws BundleRejectedException {
        if (++entries > limits.maxEntries()) {
            throw bomb("more than " + limits.maxEntries() + " entries");
        }
    }

    void countBytes(long n) throws BundleRejectedException {
        expandedBytes += n;
        if (expandedBytes > limits.maxExpandedBytes()) {
            throw bomb("expands to more than " + limits.maxExpandedBytes() + " bytes");
        }
        if (expandedBytes > limits.ratioCheckAfterBytes() && expandedBytes / compressedBytes > limits.maxRatio()) {
            throw bomb("expands more than " + limits.maxRatio() + " times its compressed size of "
                    + compressedBytes + " bytes");
        }
    }

    long expandedBytes() {
        return expandedBytes;
    }

    private static BundleRejectedException bomb(String message) {
        return new BundleRejectedException(RejectionReason.DECOMPRESSION_BOMB, message);
    }
}
