package io.reanimator.embedded.docker;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Answers whether Testcontainers can be used. The socket check comes first because asking Testcontainers on a
 * machine without a Docker engine costs seconds of probing per JVM.
 */
public final class DockerEngine {

    private static final Path SOCKET = Path.of("/var/run/docker.sock");

    private DockerEngine() {
    }

    public static boolean isAvailable() {
        if (!Files.exists(SOCKET) && System.getenv("DOCKER_HOST") == null) {
            return false;
        }
        try {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
