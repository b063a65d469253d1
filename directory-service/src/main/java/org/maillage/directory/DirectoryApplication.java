package org.maillage.directory;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;

/** directory-service: enterprises, institutions and their decision units, people and pilots. */
@OpenAPIDefinition(info = @Info(title = "Maillage directory-service", version = "0.1", description = "Enterprises, institutions and their decision units, people, pilots; accounts and sign-in."),
        servers = @Server(url = "/", description = "through the gateway"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Access token from POST /api/auth/login: RS256, with kid, iss, aud and exp, short-lived; "
                + "issued and validated following RFC8725 (JWT best current practices).")
public final class DirectoryApplication {

    private DirectoryApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(DirectoryApplication.class, args);
    }
}
