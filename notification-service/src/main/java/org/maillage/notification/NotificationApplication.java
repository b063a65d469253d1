package org.maillage.notification;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;

/** notification-service: emails derived from the platform's events, each sent exactly once, and people's preferences. */
@OpenAPIDefinition(info = @Info(title = "Maillage notification-service", version = "0.1",
        description = "Email preferences of the signed-in person, and one-click unsubscribe."),
        servers = @Server(url = "/", description = "through the gateway"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Access token from POST /api/auth/login: RS256, with kid, iss, aud and exp, short-lived; "
                + "issued and validated following RFC8725 (JWT best current practices).")
public final class NotificationApplication {

    private NotificationApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(NotificationApplication.class, args);
    }
}
