package io.reanimator.deploy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.reanimator.deploy.demo.DemoLoader;
import io.reanimator.deploy.local.ApiTokenFile;
import io.reanimator.deploy.local.DataDirLock;
import io.reanimator.deploy.local.DataLayout;
import io.reanimator.deploy.local.HttpPart;
import io.reanimator.deploy.local.KafkaPart;
import io.reanimator.deploy.local.LocalEnvironment;
import io.reanimator.deploy.local.MariaDbPart;
import io.reanimator.deploy.local.RegistryPart;
import io.reanimator.deploy.local.TopicsPart;
import io.reanimator.deploy.platform.Platform;
import io.reanimator.deploy.platform.PlatformPart;
import io.reanimator.deploy.platform.ServicePart;
import io.reanimator.deriver.EventDeriverConfig;
import io.reanimator.deriver.EventDeriverService;
import io.reanimator.parser.ParserStreamConfig;
import io.reanimator.parser.ParserStreamService;
import io.reanimator.record.RecordApiConfig;
import io.reanimator.sink.StateSinkConfig;
import io.reanimator.sink.StateSinkService;
import io.reanimator.deploy.registry.RegistryProxy;
import io.reanimator.gateway.GatewayConfig;
import io.reanimator.gateway.auth.ApiTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole platform in this JVM: broker, registry, MariaDB, topics, the services, and one HTTP server, started in
 * that order and stopped in reverse. Every service is configured from a {@link LocalEnvironment} with the same keys
 * it reads from the process environment when it runs on its own.
 */
public final class AllInOne implements AutoCloseable {

    /** The logger of the one line that says the platform is ready (printed without decoration). */
    public static final String READY_LOGGER = "reanimator.ready";

    private static final Logger LOG = LoggerFactory.getLogger(AllInOne.class);
    private static final Logger READY = LoggerFactory.getLogger(READY_LOGGER);
    private static final String LOCAL_PRINCIPAL = "local";

    private final Platform platform;
    private final LocalEnvironment environment;
    private final HttpPart http;
    private final DataLayout layout;
    private final String token;
    private final DataDirLock lock;
    private final CountDownLatch closed = new CountDownLatch(1);

    private AllInOne(Platform platform, LocalEnvironment environment, HttpPart http, DataLayout layout,
                     String token, DataDirLock lock) {
        this.platform = platform;
        this.lock = lock;
        this.environment = environment;
        this.http = http;
        this.layout = layout;
        this.token = token;
    }

    /**
     * Starts everything and returns once the platform is ready (and the demo bundles, if asked for, are uploaded).
     *
     * @throws io.reanimator.deploy.platform.PlatformStartException naming the part that failed; nothing is left
     *                                                              running then
     */
    public static AllInOne start(AllInOneOptions options) throws IOException {
        return start(options, (layout, env) -> List.of());
    }

    /**
     * Starts everything, with extra parts run after the broker, registry and database and before the topics and
     * the services (a rebuild's reset of the derived state, for instance).
     *
     * @throws io.reanimator.deploy.local.DataDirInUseException when another platform runs on the data directory
     */
    public static AllInOne start(AllInOneOptions options,
                                 BiFunction<DataLayout, LocalEnvironment, List<PlatformPart>> beforeTopics)
            throws IOException {
        DataLayout layout = new DataLayout(options.dataDir()).create();
        DataDirLock lock = DataDirLock.acquire(layout);
        try {
            return start(options, beforeTopics, layout, lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static AllInOne start(AllInOneOptions options,
                                  BiFunction<DataLayout, LocalEnvironment, List<PlatformPart>> beforeTopics,
                                  DataLayout layout, DataDirLock lock) throws IOException {
        String token = options.apiToken() != null ? options.apiToken() : ApiTokenFile.readOrCreate(layout.apiTokenFile());
        LocalEnvironment env = new LocalEnvironment(layout)
                .put(LocalEnvironment.API_TOKENS, LOCAL_PRINCIPAL + "=" + ApiTokens.digest(token));

        List<PlatformPart> parts = new ArrayList<>();
        parts.add(new KafkaPart(layout, env, options.kafkaPort()));
        parts.add(new RegistryPart(layout, env));
        parts.add(new MariaDbPart(layout, env));
        parts.addAll(beforeTopics.apply(layout, env));
        parts.add(new TopicsPart(env));
        parts.addAll(services(env));
        HttpPart http = new HttpPart(options.bindAddress(), options.port(), env::common, httpConfigs(), parts);
        parts.add(http);

        AllInOne running = new AllInOne(new Platform(parts).start(), env, http, layout, token, lock);
        READY.info("Reanimator is ready on {} (data: {}, token: {})", running.url(), layout.root(),
                options.apiToken() != null ? "as given with --api-token" : token);
        if (options.demo()) {
            running.loadDemo();
        }
        return running;
    }

    /**
     * The services between the infrastructure and the HTTP server, one line each:
     * {@code ServicePart.of(name, env.forService(name), e -> XxxService.start(XxxConfig.fromEnvironment(e)),
     * XxxService::isHealthy)}.
     */
    static List<PlatformPart> services(LocalEnvironment env) {
        return List.of(
                ServicePart.of("parser-stream", env.forService("parser-stream"),
                        e -> ParserStreamService.start(ParserStreamConfig.fromEnvironment(e)),
                        ParserStreamService::isHealthy),
                ServicePart.of("event-deriver", env.forService("event-deriver"),
                        e -> EventDeriverService.start(EventDeriverConfig.fromEnvironment(e)),
                        EventDeriverService::isHealthy),
                ServicePart.of("state-sink", env.forService("state-sink"),
                        e -> StateSinkService.start(StateSinkConfig.fromEnvironment(e)),
                        StateSinkService::isHealthy));
    }

    /** The config singletons of the modules served by the one HTTP server, each built from the environment. */
    static List<Function<Map<String, String>, Object>> httpConfigs() {
        return List.of(
                GatewayConfig::fromEnvironment,
                RecordApiConfig::fromEnvironment,
                env -> new RegistryProxy(env.get(LocalEnvironment.REGISTRY_URL)));
    }

    private void loadDemo() {
        try {
            DemoLoader.upload(url(), token);
        } catch (IOException | RuntimeException e) {
            LOG.warn("The demo bundles could not all be uploaded; the platform keeps running", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Base URL of every HTTP endpoint. */
    public String url() {
        return "http://localhost:" + http.port();
    }

    public int port() {
        return http.port();
    }

    /** The token accepted for writes. */
    public String token() {
        return token;
    }

    public DataLayout layout() {
        return layout;
    }

    /** The environment the services were configured from (broker, registry and database addresses, ...). */
    public Map<String, String> environment() {
        return environment.common();
    }

    /** Health of every part, in start order. */
    public Map<String, Boolean> health() {
        return platform.health();
    }

    /** Blocks until {@link #close()} has run (from a shutdown hook, typically). */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    @Override
    public void close() {
        try {
            platform.close();
        } finally {
            releaseLock();
            closed.countDown();
        }
    }

    private void releaseLock() {
        try {
            lock.close();
        } catch (IOException e) {
            LOG.warn("Could not release the lock of {}", layout.root(), e);
        }
    }
}
