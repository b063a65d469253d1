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

/** The signed-in person's own email preferences: no one reads or changes another's. */
@Controller("/api/notifications/preferences")
@SecurityRequirement(name = "bearer")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class PreferencesController {

    private final PreferenceStore store;

    public PreferencesController(PreferenceStore store) {
        this.store = store;
    }

    @Get
    public Preferences show(Authentication auth) {
        return store.of(Caller.of(auth).accountId());
    }

    @Put
    public Preferences save(Authentication auth, @Body @Valid PreferencesForm form) {
        return store.save(Caller.of(auth).accountId(), form);
    }
}
