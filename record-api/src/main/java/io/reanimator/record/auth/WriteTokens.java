package io.reanimator.record.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The bearer tokens that may change the registry, kept only as SHA-256 digests: the same scheme and the same
 * {@code REANIMATOR_API_TOKENS} format as the ingest gateway's, so one token list serves both.
 */
public final class WriteTokens {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final Map<String, String> principalByDigest;

    /** @param digestsByPrincipal principal name → SHA-256 hex of its token */
    public WriteTokens(Map<String, String> digestsByPrincipal) {
        Map<String, String> byDigest = new LinkedHashMap<>();
        digestsByPrincipal.forEach((principal, digest) -> byDigest.put(digest, principal));
        this.principalByDigest = Map.copyOf(byDigest);
    }

    /** @return the principal the token belongs to, or empty when it is no accepted token */
    public Optional<String> principalOf(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        byte[] presented = digest(token).getBytes(StandardCharsets.US_ASCII);
        // Constant-time comparison against every digest, so timing does not tell how close a guess was.
        String match = null;
        for (Map.Entry<String, String> e : principalByDigest.entrySet()) {
            if (MessageDigest.isEqual(presented, e.getKey().getBytes(StandardCharsets.US_ASCII))) {
                match = e.getValue();
            }
        }
        return Optional.ofNullable(match);
    }

    public static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** Parses {@code principal=sha256hex,principal2=sha256hex}. */
    public static Map<String, String> parseDigests(String list) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String item : list.split(",")) {
            if (item.isBlank()) {
                continue;
            }
            String[] parts = item.trim().split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || !SHA256_HEX.matcher(parts[1].trim()).matches()) {
                throw new IllegalArgumentException("REANIMATOR_API_TOKENS entries must be principal=<sha256 hex of the"
                        + " token>; one entry is not");
            }
            digests.put(parts[0].trim(), parts[1].trim());
        }
        return digests;
    }
}
