package io.reanimator.logbundle.rawstore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where the exact bytes of every accepted bundle live, forever, addressed by their SHA-256 (the claim-check of the
 * bundles topic: records carry the {@link #locationOf(String) location}, never the bytes). Writes are idempotent:
 * the same digest always names the same bytes.
 */
public interface RawBundleStore {

    /** The location URI recorded on the topic; the scheme is store-independent so readers may mount it elsewhere. */
    static String locationOf(String sha256) {
        return "raw://sha256/" + sha256;
    }

    /** The digest a {@link #locationOf(String) location} names. */
    static String digestOf(String location) {
        String prefix = "raw://sha256/";
        if (!location.startsWith(prefix) || location.length() != prefix.length() + 64) {
            throw new IllegalArgumentException("not a raw bundle location: " + location);
        }
        return location.substring(prefix.length());
    }

    /** Stores the spooled file under its digest unless it is there already; returns its location. */
    String put(String sha256, Path spooledFile) throws IOException;

    /**
     * Like {@link #put}, but takes the file over instead of copying it when the store can (same file system): the
     * caller must not use {@code spooledFile} afterwards, and deletes it only if it is still there. Durable on
     * return, like {@link #put}.
     */
    default String adopt(String sha256, Path spooledFile) throws IOException {
        return put(sha256, spooledFile);
    }

    boolean contains(String sha256);

    InputStream open(String sha256) throws IOException;

    long size(String sha256) throws IOException;

    /**
     * Records that the bundle's reference reached the bundles topic, so a resend can be answered "duplicate", with
     * the metadata (JSON) that {@code GET /ingest/logbundles/{id}} serves. The first record wins. The marker is an
     * optimisation, not the source of truth: it need not survive a crash (a lost marker makes a resend publish
     * again, and the parser's dedup store drops the repeat by digest), so implementations may skip forcing it to
     * disk, but a marker that is present is always complete.
     */
    void markPublished(String sha256, byte[] metadataJson) throws IOException;

    boolean isPublished(String sha256);

    /** The metadata recorded by {@link #markPublished}, or empty when the bundle was never published. */
    java.util.Optional<byte[]> publishedMetadata(String sha256) throws IOException;

    /** Every stored digest, for rebuilding derived state from raw bundles. */
    Stream<String> digests() throws IOException;
}
