package io.reanimator.gateway.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.reanimator.logbundle.BundleRejectedException;
import io.reanimator.logbundle.RejectionReason;

/**
 * Writes a request body to a temporary file while hashing it, in fixed-size chunks: a 1 GB upload costs 64 KB of
 * heap, and the digest is ready the moment the last byte arrives.
 */
public final class BodySpooler {

    private static final int CHUNK = 64 * 1024;

    private final Path spoolDir;
    private final long maxBytes;

    public BodySpooler(Path spoolDir, long maxBytes) throws IOException {
        this.spoolDir = Files.createDirectories(spoolDir);
        this.maxBytes = maxBytes;
    }

    public SpooledBundle spool(InputStream body) throws IOException, BundleRejectedException {
        Path file = Files.createTempFile(spoolDir, "upload-", ".spool");
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256)) {
                byte[] buffer = new byte[CHUNK];
                int n;
                while ((n = body.read(buffer)) >= 0) {
                    size += n;
                    if (size > maxBytes) {
                        throw new BundleRejectedException(RejectionReason.TOO_LARGE,
                                "the bundle is larger than " + maxBytes + " bytes");
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw new BundleRejectedException(RejectionReason.EMPTY_BODY, "the request body is empty");
            }
            return new SpooledBundle(file, HexFormat.of().formatHex(sha256.digest()), size);
        } catch (IOException | BundleRejectedException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        } catch (NoSuchAlgorithmException e) {
            Files.deleteIfExists(file);
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    public long maxBytes() {
        return maxBytes;
    }
}
