package io.reanimator.embedded.mariadb;

import io.reanimator.schemas.db.MariaDbUrls;
import org.testcontainers.containers.MariaDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * MariaDB in a Testcontainers container. Testcontainers is an optional dependency: this class is only
 * loaded after {@link MariaDbServers} has found it on the classpath.
 */
final class ContainerMariaDbServer implements MariaDbServer {

    static final String IMAGE = "mariadb:11.4";
    private static final int MARIADB_PORT = 3306;
    private static final String ROOT_PASSWORD = "test";

    private final MariaDBContainer<?> container;
    private final String serverUrl;

    private ContainerMariaDbServer(MariaDBContainer<?> container) {
        this.container = container;
        this.serverUrl = "jdbc:mariadb://" + container.getHost() + ":" + container.getMappedPort(MARIADB_PORT) + "/";
    }


    @SuppressWarnings("resource") // closed by close()
    static ContainerMariaDbServer start() {
        MariaDBContainer<?> container = new MariaDBContainer<>(DockerImageName.parse(IMAGE))
                .withUsername("root")
                .withPassword(ROOT_PASSWORD)
                .withCommand(
                        "--default-time-zone=+00:00",
                        "--character-set-server=utf8mb4",
                        "--collation-server=utf8mb4_unicode_ci",
                        "--skip-ssl");
        try {
            container.start();
            return new ContainerMariaDbServer(container);
        } catch (RuntimeException e) {
            container.stop();
            throw e;
        }
    }

    @Override
    public String jdbcUrl(String database) {
        return MariaDbUrls.forDatabase(serverUrl, database);
    }

    @Override
    public boolean createDatabase(String name) {
        return ServerAdmin.createDatabase(serverUrl, username(), password(), name);
    }

    @Override
    public void dropDatabase(String name) {
        ServerAdmin.dropDatabase(serverUrl, username(), password(), name);
    }

    @Override
    public String username() {
        return "root";
    }

    @Override
    public String password() {
        return ROOT_PASSWORD;
    }

    @Override
    public void close() {
        container.stop();
    }

    @Override
    public String toString() {
        return "MariaDB container " + IMAGE + " at " + serverUrl;
    }
}
