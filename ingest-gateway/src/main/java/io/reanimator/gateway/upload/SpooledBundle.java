package io.reanimator.gateway.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An upload written to a temporary file, with the digest and size computed while it was written. */
public record SpooledBundle(Path file, String sha256, long sizeBytes) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
