package io.reanimator.gateway.batch;

import java.io.IOException;

/** The items of one batch body, in the order they appear in it, read one after the other and never held. */
public interface BatchItems {

    /**
     * @return the next item, or null after the last one
     * @throws BatchReadException when the body is malformed or ends early
     */
    BatchItem next() throws IOException;
}
