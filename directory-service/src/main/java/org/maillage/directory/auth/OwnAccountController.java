package org.maillage.directory.auth;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.maillage.platform.security.Caller;

/** The signed-in person's own account: any role reads it and chooses its language; the rest is the coordinator's. */
@Tag(name = "accounts")
@Controller("/api/accounts/me")
@SecurityRequirement(name = "bearer")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class OwnAccountController {

    private final AccountService accounts;

    public OwnAccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @Serdeable
    @Schema(example = "{\"language\": \"en\"}")
    public record LanguageChoice(@NotNull @Schema(allowableValues = {"fr", "en"}) @Pattern(regexp = "fr|en", message = "must be fr or en / doit être fr ou en") String language) {
    }

    @Operation(summary = "Read my own account", description = "Who: any signed-in account, its own only.")
    @ApiResponse(responseCode = "200", description = "the caller's account", content = @Content(schema = @Schema(implementation = AccountView.class)))
    @ApiResponse(responseCode = "401", description = "no valid access token", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "the account was closed", content = @Content(mediaType = "application/problem+json"))
    @Get
    public AccountView show(Authentication auth) {
        return accounts.own(Caller.of(auth));
    }

    @Operation(summary = "Choose the language I read the site and emails in",
            description = "Who: any signed-in account, its own only. The site and every later email use it.")
    @ApiResponse(responseCode = "200", description = "the account with its new language",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @ApiResponse(responseCode = "400", description = "language is not fr or en; the problem names it",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "401", description = "no valid access token", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "the account was closed", content = @Content(mediaType = "application/problem+json"))
    @Put("/language")
    public AccountView language(Authentication auth, @Body @Valid LanguageChoice choice) {
        return accounts.changeLanguage(Caller.of(auth), choice.language());
    }
}
