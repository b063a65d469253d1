package org.maillage.reporting;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;

/** reporting-service: pilot statistics and open data, built only from the topics. */
@OpenAPIDefinition(info = @Info(title = "Maillage reporting-service", version = "0.1", description = "Pilot statistics and open data, built from the platform events."),
        servers = @Server(url = "/", description = "through the gateway"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Access token from POST /api/auth/login: RS256, with kid, iss, aud and exp, short-lived; "
                + "issued and validated following RFC8725 (JWT best current practices).")
public final class ReportingApplication {

    private ReportingApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(ReportingApplication.class, args);
    }
}
