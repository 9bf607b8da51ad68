package io.reanimator.parser.stream;

import java.io.IOException;

/** The raw store could not be read: an outage, never a reason to dead-letter a bundle. */
public final class RawStoreUnavailableException extends RuntimeException {

    public RawStoreUnavailableException(String message, IOException cause) {
        super(message, cause);
    }
}
