package io.reanimator.gateway.batch;

/**
 * How much one batch request may carry. Items already decided when a limit is crossed stay decided (and are
 * reported); the client splits the rest into another batch.
 *
 * @param maxItems the most bundles in one batch
 * @param maxBytes the most bytes in one batch body, framing included; a larger {@code Content-Length} is refused
 *                 before any byte is read
 */
public record BatchLimits(int maxItems, long maxBytes) {

    public static final int DEFAULT_MAX_ITEMS = 1_000;
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024 * 1024;
    public static final BatchLimits DEFAULT = new BatchLimits(DEFAULT_MAX_ITEMS, DEFAULT_MAX_BYTES);

    public BatchLimits {
        if (maxItems < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("batch limits must be positive");
        }
    }
}
