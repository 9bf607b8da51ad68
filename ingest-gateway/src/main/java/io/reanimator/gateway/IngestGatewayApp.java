package io.reanimator.gateway;

import io.micronaut.runtime.Micronaut;

/** Runs the gateway on its own, configured from the environment (see the README's configuration table). */
public final class IngestGatewayApp {

    private IngestGatewayApp() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(IngestGatewayApp.class).start();
    }
}
