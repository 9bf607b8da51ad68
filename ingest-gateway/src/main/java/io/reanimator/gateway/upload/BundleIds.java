package io.reanimator.gateway.upload;

import java.util.regex.Pattern;

/** Bundle ids are SHA-256 digests in lowercase hex; anything else is refused before it reaches storage. */
final class BundleIds {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private BundleIds() {
    }

    static boolean isValid(String id) {
        return id != null && SHA256_HEX.matcher(id).matches();
    }
}
