package io.reanimator.embedded.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process stand-in for Apicurio Registry 2.x, for tests and the local all-in-one only.
 *
 * <p>It answers, over HTTP on 127.0.0.1, the part of the Apicurio v2 REST API that the 2.6 Avro serdes
 * call (see the package documentation), so the real {@code AvroKafkaSerializer} and
 * {@code AvroKafkaDeserializer} run unchanged against it. Versions are persisted in a data directory
 * and reloaded on start, so global ids stay valid across restarts. It must never be started when a real
 * registry URL is configured: it has no authentication, no rules API and no UI.
 *
 * <pre>{@code
 * try (LocalSchemaRegistry registry = new LocalSchemaRegistry(dataDir, 0).start()) {
 *     serdeConfig.put("apicurio.registry.url", registry.url());
 * }
 * }</pre>
 */
public final class LocalSchemaRegistry implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalSchemaRegistry.class);
    /** Enough for a few concurrent serdes; requests are short and CPU-bound. */
    private static final int HANDLER_THREADS = 4;

    private final Path dataDirectory;
    private final int requestedPort;
    private final CompatibilityChecker checker;
    private HttpServer server;
    private ExecutorService executor;

    /** A registry enforcing {@code FULL} compatibility; port 0 picks a free port. */
    public LocalSchemaRegistry(Path dataDirectory, int port) {
        this(dataDirectory, port, new FullAvroCompatibilityChecker());
    }

    public LocalSchemaRegistry(Path dataDirectory, int port, CompatibilityChecker checker) {
        this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
        this.requestedPort = port;
        this.checker = Objects.requireNonNull(checker, "checker");
    }

    /**
     * Loads the persisted versions and starts serving.
     *
     * @return this registry, to chain {@link #url()}
     * @throws UncheckedIOException when the data directory cannot be read or the port cannot be bound
     */
    public synchronized LocalSchemaRegistry start() {
        if (server != null) {
            throw new IllegalStateException("The local schema registry is already started");
        }
        ObjectMapper mapper = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        SchemaStore store = new SchemaStore(new VersionFiles(dataDirectory, mapper));
        int loaded = store.load();
        AvroSchemas avro = new AvroSchemas(
                ref -> store.version(ref.groupId(), ref.artifactId(), ref.version()));
        RegistryHttpHandler handler = new RegistryHttpHandler(mapper,
                new GroupsApi(store, new ArtifactRegistrar(store, avro, checker)), new IdsApi(store, avro));
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot bind the local schema registry to port " + requestedPort, e);
        }
        executor = Executors.newFixedThreadPool(HANDLER_THREADS, daemonThreads());
        server.setExecutor(executor);
        server.createContext("/", handler);
        server.start();
        LOG.info("Local schema registry (Apicurio v2 API stand-in, {} compatibility) serving {} "
                + "with {} schema version(s) from {}", checker.ruleName(), url(), loaded, dataDirectory);
        return this;
    }

    /** The value for the serdes' {@code apicurio.registry.url}. */
    public synchronized String url() {
        return "http://127.0.0.1:" + port() + RegistryHttpHandler.BASE_PATH;
    }

    /** The bound port, useful when 0 was requested. */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("The local schema registry is not started");
        }
        return server.getAddress().getPort();
    }

    /** Stops serving; persisted versions stay in the data directory for the next start. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        int port = server.getAddress().getPort();
        server.stop(0);
        executor.shutdownNow();
        LOG.info("Local schema registry on port {} stopped", port);
        server = null;
        executor = null;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "local-schema-registry-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
