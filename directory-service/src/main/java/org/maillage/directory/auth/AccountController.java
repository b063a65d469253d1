package org.maillage.directory.auth;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import org.maillage.platform.security.Caller;
import org.maillage.platform.security.Roles;

import java.net.URI;
import java.util.UUID;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

@Tag(name = "accounts")
@Controller("/api/accounts")
@SecurityRequirement(name = "bearer")
@Secured(Roles.COORDINATOR)
public class AccountController {

    private final AccountService accounts;
    private final PasswordResets resets;

    public AccountController(AccountService accounts, PasswordResets resets) {
        this.accounts = accounts;
        this.resets = resets;
    }

    @Operation(summary = "Open an account for a member", description = "Who: a COORDINATOR, for a member organization of a pilot it runs, in those pilots only.")
    @ApiResponse(responseCode = "201", description = "account opened", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AccountView.class)))
    @ApiResponse(responseCode = "409", description = "an account with this email already exists")
    @Post
    public HttpResponse<AccountView> open(Authentication auth, @Body @Valid NewAccount request) {
        AccountView created = accounts.open(Caller.of(auth), request);
        return HttpResponse.created(created, URI.create("/api/accounts/" + created.id()));
    }

    @Operation(summary = "Read an account", description = "Who: a COORDINATOR whose pilots include all of the account's pilots.")
    @Get("/{id}")
    public AccountView show(Authentication auth, UUID id) {
        return AccountView.of(accounts.visibleTo(Caller.of(auth), id));
    }

    /** A one-time token the coordinator hands to the person, who sets a new password with it; never for a coordinator. */
    @Operation(summary = "Issue a one-time password-reset token", description = "Who: a COORDINATOR, for an account (not a coordinator's) whose pilots are all its own.")
    @ApiResponse(responseCode = "201", description = "token issued")
    @Post("/{id}/password-reset")
    public HttpResponse<PasswordResets.Issued> issueReset(Authentication auth, UUID id) {
        return HttpResponse.created(resets.issue(accounts.resettableBy(Caller.of(auth), id).id()));
    }
}
