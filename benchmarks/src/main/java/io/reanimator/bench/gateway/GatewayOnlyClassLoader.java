package io.reanimator.bench.gateway;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The benchmark's class path holds every service module; Micronaut would start the record API's beans (which need a
 * database) next to the gateway's. This loader hides Micronaut's bean-definition indexes of modules other than the
 * gateway, so the context holds the gateway alone, as in production.
 */
final class GatewayOnlyClassLoader extends ClassLoader {

    private static final List<String> HIDDEN_MODULES = List.of("/record-api/", "/deploy/");

    GatewayOnlyClassLoader(ClassLoader parent) {
        super(parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        Enumeration<URL> all = getParent().getResources(name);
        if (!name.startsWith("META-INF/micronaut/") && !name.startsWith("META-INF/services/io.micronaut")) {
            return all;
        }
        List<URL> kept = Collections.list(all).stream()
                .filter(url -> HIDDEN_MODULES.stream().noneMatch(m -> url.toString().contains(m)))
                .toList();
        return Collections.enumeration(kept);
    }
}
