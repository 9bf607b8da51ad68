package io.reanimator.embedded.docker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers whether Testcontainers can be used, for every fixture. The socket check comes first because asking
 * Testcontainers on a machine without a Docker engine costs seconds of probing per JVM.
 */
public final class DockerEngine {

    private static final Path SOCKET = Path.of("/var/run/docker.sock");
    private static final Logger LOG = LoggerFactory.getLogger(DockerEngine.class);

    private DockerEngine() {
    }

    public static boolean isAvailable() {
        return isAvailable(System::getenv);
    }

    public static boolean isAvailable(UnaryOperator<String> environment) {
        if (!Files.exists(SOCKET) && environment.apply("DOCKER_HOST") == null) {
            return false;
        }
        try {
            Class.forName("org.testcontainers.DockerClientFactory", false, DockerEngine.class.getClassLoader());
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.info("A Docker engine may be there but Testcontainers is not on the classpath: {}", e.toString());
            return false;
        } catch (RuntimeException e) {
            LOG.info("No usable Docker engine: {}", e.toString());
            return false;
        }
    }
}
