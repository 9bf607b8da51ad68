package io.reanimator.embedded.mariadb;

import io.reanimator.schemas.db.MariaDbUrls;
import java.util.Objects;

/** A server someone else runs (CI service, developer's MariaDB); closing it leaves the server running. */
final class ExternalMariaDbServer implements MariaDbServer {

    private final String serverUrl;
    private final String username;
    private final String password;

    ExternalMariaDbServer(String serverUrl, String username, String password) {
        MariaDbUrls.withSessionOptions(serverUrl); // rejects anything but jdbc:mariadb:// early
        this.serverUrl = serverUrl;
        this.username = Objects.requireNonNull(username, "username");
        this.password = Objects.requireNonNullElse(password, "");
    }

    @Override
    public String jdbcUrl(String database) {
        return MariaDbUrls.forDatabase(serverUrl, database);
    }

    @Override
    public boolean createDatabase(String name) {
        return ServerAdmin.createDatabase(serverUrl, username, password, name);
    }

    @Override
    public void dropDatabase(String name) {
        ServerAdmin.dropDatabase(serverUrl, username, password, name);
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public void close() {
        // Not ours to stop.
    }

    @Override
    public String toString() {
        return "external MariaDB at " + serverUrl;
    }
}
