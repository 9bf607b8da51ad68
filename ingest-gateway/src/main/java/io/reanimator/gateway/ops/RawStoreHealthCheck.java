package io.reanimator.gateway.ops;

import java.nio.file.Files;

import io.reanimator.gateway.GatewayConfig;
import io.reanimator.logbundle.rawstore.RawBundleStore;
import jakarta.inject.Singleton;

/** UP when the raw bundle store's directory can be written: without it no upload can be accepted. */
@Singleton
public final class RawStoreHealthCheck implements HealthCheck {

    private final GatewayConfig config;

    /** Takes the store so that it exists (and has created its directory) before the first check. */
    public RawStoreHealthCheck(GatewayConfig config, RawBundleStore store) {
        this.config = config;
    }

    @Override
    public String name() {
        return "rawStore";
    }

    @Override
    public boolean isUp() {
        return Files.isWritable(config.rawStoreDir());
    }
}
