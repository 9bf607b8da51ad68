package io.reanimator.embedded.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One registered version of an artifact, exactly as it is persisted and served.
 *
 * @param globalId registry-wide id of this version; what the serdes write into each record
 * @param contentId id shared by every version with the same content and references
 * @param groupId normalised group ({@code default} for the default group)
 * @param artifactId artifact the version belongs to
 * @param version version name, {@code 1}, {@code 2}... unless the client chose one
 * @param type artifact type; always {@code AVRO} here
 * @param createdOn creation time in epoch milliseconds
 * @param content the schema text as the client sent it
 * @param references named types the content uses without defining them
 */
record StoredVersion(long globalId, long contentId, String groupId, String artifactId, String version,
                     String type, long createdOn, String content, List<SchemaReference> references) {

    StoredVersion {
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** SHA-256 of the content, the value Apicurio serves under {@code /ids/contentHashes/{hash}}. */
    String contentHash() {
        return sha256(content);
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform is required to provide SHA-256.
            throw new IllegalStateException(e);
        }
    }
}
