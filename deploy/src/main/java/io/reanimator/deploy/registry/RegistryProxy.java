package io.reanimator.deploy.registry;

import java.util.Objects;

/**
 * Where the all-in-one's schema registry really listens; registered as a singleton in the HTTP context, it switches
 * on {@link RegistryProxyController}, which serves the registry's API on the platform's one port.
 *
 * @param registryUrl the registry's v2 API base, e.g. {@code http://127.0.0.1:41234/apis/registry/v2}
 */
public record RegistryProxy(String registryUrl) {

    public static final String BASE_PATH = "/apis/registry/v2";

    public RegistryProxy {
        Objects.requireNonNull(registryUrl, "registryUrl");
        if (!registryUrl.endsWith(BASE_PATH)) {
            throw new IllegalArgumentException("Expected a registry URL ending in " + BASE_PATH + ": " + registryUrl);
        }
    }
}
