package io.reanimator.gateway;

import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import org.slf4j.LoggerFactory;

/**
 * Runs the gateway on its own, configured from the environment (see the README's configuration table). The
 * configuration is read and checked before anything starts, so a missing or invalid variable stops the process
 * at once with one message listing every problem, instead of surfacing at the first request.
 */
public final class IngestGatewayApp {

    private IngestGatewayApp() {
    }

    public static void main(String[] args) {
        try {
            start(args, System.getenv());
        } catch (IllegalArgumentException e) {
            LoggerFactory.getLogger(IngestGatewayApp.class).error("{}", e.getMessage());
            System.exit(2);
        }
    }

    /**
     * Checks the configuration, then starts the context and the HTTP server.
     *
     * @throws IllegalArgumentException listing every missing or invalid variable; nothing is started then
     */
    static ApplicationContext start(String[] args, Map<String, String> environment) {
        GatewayConfig config = GatewayConfig.fromEnvironment(environment);
        return Micronaut.build(args).mainClass(IngestGatewayApp.class).singletons(config).start();
    }
}
