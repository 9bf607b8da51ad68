package io.reanimator.deploy.platform;

import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service that follows the Reanimator service convention ({@code XxxConfig.fromEnvironment(env)},
 * {@code XxxService.start(config)}, {@code isHealthy()}, {@code close()}) as a platform part. The environment is
 * read when the part starts, so it can name the broker, registry and database started before it:
 *
 * <pre>{@code
 * ServicePart.of("parser-stream", env.forService("parser-stream"),
 *         e -> ParserStreamService.start(ParserStreamConfig.fromEnvironment(e)), ParserStreamService::isHealthy)
 * }</pre>
 *
 * @param <S> the service type
 */
public final class ServicePart<S extends AutoCloseable> implements PlatformPart {

    private static final Logger LOG = LoggerFactory.getLogger(ServicePart.class);

    /** Starts a service from its environment; may throw what its config and start methods throw. */
    @FunctionalInterface
    public interface Starter<S> {
        S start(Map<String, String> environment) throws Exception;
    }

    private final String name;
    private final Supplier<Map<String, String>> environment;
    private final Starter<S> starter;
    private final Predicate<S> healthy;
    private S service;

    private ServicePart(String name, Supplier<Map<String, String>> environment, Starter<S> starter,
                        Predicate<S> healthy) {
        this.name = Objects.requireNonNull(name, "name");
        this.environment = Objects.requireNonNull(environment, "environment");
        this.starter = Objects.requireNonNull(starter, "starter");
        this.healthy = Objects.requireNonNull(healthy, "healthy");
    }

    /**
     * @param environment read at start: the service's environment (common keys plus its own state directory)
     * @param starter     {@code env -> XxxService.start(XxxConfig.fromEnvironment(env))}
     * @param healthy     {@code XxxService::isHealthy}
     */
    public static <S extends AutoCloseable> ServicePart<S> of(String name, Supplier<Map<String, String>> environment,
                                                              Starter<S> starter, Predicate<S> healthy) {
        return new ServicePart<>(name, environment, starter, healthy);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized void start() throws Exception {
        if (service == null) {
            service = starter.start(environment.get());
        }
    }

    @Override
    public synchronized boolean isHealthy() {
        return service != null && healthy.test(service);
    }

    @Override
    public synchronized void close() {
        if (service == null) {
            return;
        }
        try {
            service.close();
        } catch (Exception e) {
            LOG.warn("{} did not close cleanly", name, e);
        } finally {
            service = null;
        }
    }
}
