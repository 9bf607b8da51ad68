package io.reanimator.gateway.batch;

import java.io.IOException;

/**
 * The batch body itself could not be read on: broken multipart framing, a truncated tar, a dropped connection, or
 * a batch limit crossed while streaming. Items decided before it stay decided; nothing after it is read.
 */
public class BatchReadException extends IOException {

    private final boolean limit;

    public BatchReadException(String message, boolean limit) {
        super(message);
        this.limit = limit;
    }

    public BatchReadException(String message, Throwable cause) {
        super(message, cause);
        this.limit = false;
    }

    /** True when a batch limit (bytes, items) was crossed, rather than the body being malformed or cut off. */
    public boolean isLimit() {
        return limit;
    }
}
