package io.reanimator.deploy.platform;

/**
 * One part of a running platform: the broker, the database, a service, the HTTP server. A {@link Platform} starts
 * its parts in order and closes them in reverse, so a part may use everything started before it.
 */
public interface PlatformPart extends AutoCloseable {

    /** Short name, used in logs and as the component name in {@code GET /health}. */
    String name();

    /** Starts the part and returns once it can do its work; on failure it leaves nothing running. */
    void start() throws Exception;

    /** Whether the part is up now; quick, never throws. */
    boolean isHealthy();

    /** Stops the part gracefully; idempotent, never throws, safe on a part that never started. */
    @Override
    void close();
}
