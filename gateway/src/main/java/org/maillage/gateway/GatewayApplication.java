package org.maillage.gateway;

import io.micronaut.runtime.Micronaut;

/** The single entry point: routes /api/** to the owning service and serves the front page. */
public final class GatewayApplication {

    private GatewayApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(GatewayApplication.class, args);
    }
}
