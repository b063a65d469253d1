package org.maillage.directory.auth;

import org.maillage.directory.api.http.Auth;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.maillage.directory.organization.ClientAddress;

/** "Forgot my password": a single-use link by email, and the same answer whether the address has an account or not. */
@Tag(name = "accounts")
@Controller("/api/auth/password-forgotten")
@Secured(SecurityRule.IS_ANONYMOUS)
public class ForgottenPasswordController {

    private final AccountLinks links;
    private final ForgottenPasswordQuota quota;

    public ForgottenPasswordController(AccountLinks links, ForgottenPasswordQuota quota) {
        this.links = links;
        this.quota = quota;
    }


    @Operation(summary = "Ask for a link to choose a new password",
            description = "Who: anyone, signed in or not. If an account has this address, a single-use link valid one hour is emailed "
                    + "to it (at most 3 an hour per account); the answer is the same either way, so it tells no one whether the address has an account.")
    @ApiResponse(responseCode = "202", description = "accepted: a link is emailed if an account has this address")
    @ApiResponse(responseCode = "400", description = "not an email address; the problem names the field", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "429", description = "too many requests from this client address: wait Retry-After", content = @Content(mediaType = "application/problem+json"))
    @Post
    public HttpResponse<Void> forgotten(HttpRequest<?> http, @Body @Valid Auth.PasswordForgotten request) {
        quota.spend(ClientAddress.of(http));
        links.forgotten(request.email());
        return HttpResponse.accepted();
    }
}
