package io.reanimator.deploy.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import io.reanimator.gateway.auth.ApiTokens;

/**
 * The write token of a local platform when none is given: generated on first start and kept (readable by the owner
 * only) in the data directory, so a restart keeps the token collectors were given.
 */
public final class ApiTokenFile {

    private ApiTokenFile() {
    }

    /** The token in {@code file}, or a new one written there. */
    public static String readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            String token = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (!token.isEmpty()) {
                return token;
            }
        }
        String token = ApiTokens.generate();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return token;
    }
}
