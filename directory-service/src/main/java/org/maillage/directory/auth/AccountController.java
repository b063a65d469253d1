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

    @Post
    public HttpResponse<AccountView> open(Authentication auth, @Body @Valid NewAccount request) {
        AccountView created = accounts.open(Caller.of(auth), request);
        return HttpResponse.created(created, URI.create("/api/accounts/" + created.id()));
    }

    @Get("/{id}")
    public AccountView show(Authentication auth, UUID id) {
        return AccountView.of(accounts.visibleTo(Caller.of(auth), id));
    }

    /** A one-time token the coordinator hands to the person, who sets a new password with it; never for a coordinator. */
    @Post("/{id}/password-reset")
    public HttpResponse<PasswordResets.Issued> issueReset(Authentication auth, UUID id) {
        return HttpResponse.created(resets.issue(accounts.resettableBy(Caller.of(auth), id).id()));
    }
}
