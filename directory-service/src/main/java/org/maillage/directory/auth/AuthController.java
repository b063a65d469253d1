package org.maillage.directory.auth;

import org.maillage.directory.api.http.Auth;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.maillage.directory.organization.ClientAddress;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

import java.util.Map;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Sign-in for everyone; the tokens are what every other endpoint checks. */
@Tag(name = "accounts")
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class AuthController {

    private final AuthService auth;
    private final PasswordResets resets;
    private final SigningKeys keys;

    public AuthController(AuthService auth, PasswordResets resets, SigningKeys keys) {
        this.auth = auth;
        this.resets = resets;
        this.keys = keys;
    }

    @Operation(summary = "Sign in", description = "Who: anyone with an account. Answers a short-lived access token and a refresh token. "
            + "Failures are counted per email and client address: after 3 from one address its answers slow down; after 5 that address "
            + "(and only that one) cannot sign in to that email for 15 minutes. Many failures from one address over any emails slow it down too.")
    @ApiResponse(responseCode = "200", description = "signed in")
    @ApiResponse(responseCode = "401", description = "wrong email or password")
    @ApiResponse(responseCode = "429", description = "too many failures from this client address: locked out, wait Retry-After")
    @Post("/api/auth/login")
    public Auth.Tokens login(HttpRequest<?> http, @Body @Valid Auth.Login request) {
        return auth.login(request.email(), request.password(), ClientAddress.of(http));
    }

    @Operation(summary = "Renew an access token", description = "Who: anyone holding a valid refresh token (it is the credential). Each refresh token works once; a replayed one revokes the whole session.")
    @ApiResponse(responseCode = "200", description = "new tokens")
    @ApiResponse(responseCode = "401", description = "expired, revoked or replayed refresh token")
    @Post("/api/auth/refresh")
    public Auth.Tokens refresh(@Body @Valid Auth.Refresh request) {
        return auth.refresh(request.refreshToken());
    }

    @Operation(summary = "Sign out", description = "Who: anyone holding a refresh token. Revokes its session.")
    @ApiResponse(responseCode = "204", description = "signed out")
    @Post("/api/auth/logout")
    @Status(HttpStatus.NO_CONTENT)
    public void logout(@Body @Valid Auth.Refresh request) {
        auth.logout(request.refreshToken());
    }

    @Operation(summary = "Set a new password with a one-time token", description = "Who: anyone holding a reset token.")
    @ApiResponse(responseCode = "204", description = "password changed")
    @Post("/api/auth/password-reset")
    @Status(HttpStatus.NO_CONTENT)
    public void resetPassword(@Body @Valid Auth.ResetPassword request) {
        resets.reset(request.token(), request.newPassword());
    }

    /** The public keys that verify access tokens; the gateway serves this at /.well-known/jwks.json. */
    @Operation(summary = "Public keys of access tokens", description = "Who: anyone, signed in or not. The keys that verify access tokens (JWKS).")
    @Get("/.well-known/jwks.json")
    public HttpResponse<Map<String, Object>> jwks() {
        return HttpResponse.ok(keys.publicKeys().toJSONObject(true)).header("Cache-Control", "public, max-age=300");
    }
}
