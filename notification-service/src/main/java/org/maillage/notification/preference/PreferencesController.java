package org.maillage.notification.preference;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import org.maillage.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The signed-in person's own email preferences: no one reads or changes another's. */
@Tag(name = "notifications")
@Controller("/api/notifications/preferences")
@SecurityRequirement(name = "bearer")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class PreferencesController {

    private final PreferenceStore store;

    public PreferencesController(PreferenceStore store) {
        this.store = store;
    }

    @Operation(summary = "My email preferences", description = "Who: any signed-in account; its own preferences.")
    @Get
    public Preferences show(Authentication auth) {
        return store.of(Caller.of(auth).accountId());
    }

    @Operation(summary = "Change my email preferences", description = "Who: any signed-in account; its own preferences. Alerts need express consent (alertsConsent true).")
    @Put
    public Preferences save(Authentication auth, @Body @Valid PreferencesForm form) {
        return store.save(Caller.of(auth).accountId(), form);
    }
}
