package org.maillage.web;

import io.micronaut.runtime.Micronaut;

/** The site: pages rendered on the server from the platform's public API. */
public final class WebApplication {

    private WebApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(WebApplication.class, args);
    }
}
