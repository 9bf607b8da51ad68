package io.reanimator.deploy.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.runtime.server.EmbeddedServer;
import io.reanimator.deploy.platform.PlatformPart;
import io.reanimator.gateway.ops.HealthCheck;

/**
 * One Micronaut context serving every HTTP endpoint of the platform on one port: whatever controllers are on the
 * classpath (the gateway's; the read API's once it is), each configured by a config singleton built from the
 * environment, plus one {@link HealthCheck} per other part so {@code GET /health} covers the whole platform.
 */
public final class HttpPart implements PlatformPart {

    private final String bindAddress;
    private final int port;
    private final Supplier<Map<String, String>> environment;
    private final List<Function<Map<String, String>, Object>> configs;
    private final List<PlatformPart> monitored;
    private ApplicationContext context;
    private EmbeddedServer server;

    /**
     * @param port        0 for a free port
     * @param configs     builders of the config singletons the HTTP modules need, e.g.
     *                    {@code GatewayConfig::fromEnvironment}
     * @param monitored   parts reported by {@code /health}
     */
    public HttpPart(String bindAddress, int port, Supplier<Map<String, String>> environment,
                    List<Function<Map<String, String>, Object>> configs, List<PlatformPart> monitored) {
        this.bindAddress = bindAddress;
        this.port = port;
        this.environment = environment;
        this.configs = List.copyOf(configs);
        this.monitored = List.copyOf(monitored);
    }

    @Override
    public String name() {
        return "http";
    }

    @Override
    public synchronized void start() {
        Map<String, String> env = environment.get();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("micronaut.server.port", port == 0 ? -1 : port);
        properties.put("micronaut.server.host", bindAddress);
        context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .banner(false)
                .properties(properties)
                .singletons(configs.stream().map(config -> config.apply(env)).toArray())
                .build();
        for (PlatformPart part : monitored) {
            context.registerSingleton(HealthCheck.class, new PartHealthCheck(part), Qualifiers.byName(part.name()));
        }
        try {
            context.start();
            server = context.getBean(EmbeddedServer.class).start();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The bound port. */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("The HTTP server is not running");
        }
        return server.getPort();
    }

    @Override
    public synchronized boolean isHealthy() {
        return server != null && server.isRunning();
    }

    @Override
    public synchronized void close() {
        if (context != null) {
            context.close();
        }
        context = null;
        server = null;
    }

    /** A platform part as a {@code /health} component. */
    private record PartHealthCheck(PlatformPart part) implements HealthCheck {
        @Override
        public String name() {
            return part.name();
        }

        @Override
        public boolean isUp() {
            return part.isHealthy();
        }
    }
}
