package io.reanimator.deploy.local;

import io.reanimator.deploy.platform.PlatformPart;
import io.reanimator.embedded.registry.LocalSchemaRegistry;

/** The local Apicurio v2 stand-in, its schema versions under {@code data-dir/registry}. */
public final class RegistryPart implements PlatformPart {

    private final DataLayout layout;
    private final LocalEnvironment environment;
    private LocalSchemaRegistry registry;

    public RegistryPart(DataLayout layout, LocalEnvironment environment) {
        this.layout = layout;
        this.environment = environment;
    }

    @Override
    public String name() {
        return "schema-registry";
    }

    @Override
    public synchronized void start() {
        registry = new LocalSchemaRegistry(layout.registry(), 0).start();
        environment.put(LocalEnvironment.REGISTRY_URL, registry.url());
    }

    /** The registry's own address, for the proxy on the platform's HTTP port. */
    public synchronized String url() {
        return registry.url();
    }

    @Override
    public synchronized boolean isHealthy() {
        try {
            return registry != null && registry.port() > 0;
        } catch (IllegalStateException notStarted) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        if (registry != null) {
            registry.close();
        }
    }
}
