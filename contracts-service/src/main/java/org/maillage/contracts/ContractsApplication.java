package org.maillage.contracts;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;

/** contracts-service: opportunities, responses, contracts and the contact log. */
@OpenAPIDefinition(info = @Info(title = "Maillage contracts-service", version = "0.1", description = "Opportunities, responses, contracts and the contact log."),
        servers = @Server(url = "/", description = "through the gateway"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Access token from POST /api/auth/login: RS256, with kid, iss, aud and exp, short-lived; "
                + "issued and validated following RFC8725 (JWT best current practices).")
public final class ContractsApplication {

    private ContractsApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(ContractsApplication.class, args);
    }
}
