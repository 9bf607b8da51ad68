package io.reanimator.record;

import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.reanimator.record.ops.RecordApiHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The record API on its own HTTP port: a Micronaut context holding only the given config and this module's beans.
 * Embedding it in a bigger context instead (the all-in-one) needs only the config registered as a singleton.
 */
public final class RecordApiService implements AutoCloseable {

    /** Set by {@link #start} only: turns on the standalone {@code /health} and {@code /metrics}. */
    public static final String STANDALONE_PROPERTY = "reanimator.record-api.standalone";

    private static final Logger LOG = LoggerFactory.getLogger(RecordApiService.class);

    private final EmbeddedServer server;
    private boolean closed;

    private RecordApiService(EmbeddedServer server) {
        this.server = server;
    }

    /** Starts the API on {@code config.httpPort()} (0 for a free port) and returns once it listens. */
    public static RecordApiService start(RecordApiConfig config) {
        ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("micronaut.server.port", config.httpPort() == 0 ? -1 : config.httpPort(),
                        "micronaut.application.name", "reanimator-record-api",
                        "jackson.serialization.write-dates-as-timestamps", false,
                        STANDALONE_PROPERTY, true))
                .singletons(config)
                .start();
        try {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            LOG.info("Record API listening on port {} ({})", server.getPort(), config);
            return new RecordApiService(server);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    public int port() {
        return server.getPort();
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    public boolean isHealthy() {
        return !closed && server.isRunning() && context().getBean(RecordApiHealth.class).isHealthy();
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            server.getApplicationContext().close();
        }
    }
}
