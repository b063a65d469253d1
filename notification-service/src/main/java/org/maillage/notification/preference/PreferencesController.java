package org.maillage.notification.preference;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.maillage.platform.security.Caller;

/** The signed-in person's own email preferences: no one reads or changes another's. */
@Tag(name = "notifications")
@Controller("/api/notifications/preferences")
@SecurityRequirement(name = "bearer")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class PreferencesController {

    private final PreferenceStore store;
    private final PreferencesReader reader;

    public PreferencesController(PreferenceStore store, PreferencesReader reader) {
        this.store = store;
        this.reader = reader;
    }

    @Operation(summary = "My email preferences", description = "Who: any signed-in account; its own preferences. `kinds` lists "
            + "the kinds of message an account of its role can receive, each on or off.")
    @Get
    public Preferences show(Authentication auth) {
        Caller me = Caller.of(auth);
        return store.of(me.accountId(), me.role());
    }

    @Operation(summary = "Change my email preferences", description = "Who: any signed-in account; its own preferences. A partial "
            + "update: every field the body does not name is left unchanged, and so is every kind `kinds` does not name, and the "
            + "consent to alerts unless `alertsConsent` is sent (so a form that shows one choice changes that one alone, and a kind "
            + "turned off by an unsubscribe link stays off). Alerts need express consent (alertsConsent true). Answers the "
            + "preferences as saved.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PreferencesForm.class)))
    @Put
    public Preferences save(Authentication auth, @Body JsonNode body) {
        Caller me = Caller.of(auth);
        return store.save(me.accountId(), me.role(), reader.read(body));
    }
}
