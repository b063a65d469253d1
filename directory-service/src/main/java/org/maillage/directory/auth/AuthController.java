package org.maillage.directory.auth;

import io.micronaut.http.HttpResponse;
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

    @Post("/api/auth/login")
    public TokenResponse login(@Body @Valid AuthRequests.Login request) {
        return auth.login(request.email(), request.password());
    }

    @Post("/api/auth/refresh")
    public TokenResponse refresh(@Body @Valid AuthRequests.Refresh request) {
        return auth.refresh(request.refreshToken());
    }

    @Post("/api/auth/logout")
    @Status(HttpStatus.NO_CONTENT)
    public void logout(@Body @Valid AuthRequests.Refresh request) {
        auth.logout(request.refreshToken());
    }

    @Post("/api/auth/password-reset")
    @Status(HttpStatus.NO_CONTENT)
    public void resetPassword(@Body @Valid AuthRequests.ResetPassword request) {
        resets.reset(request.token(), request.newPassword());
    }

    /** The public keys that verify access tokens; the gateway serves this at /.well-known/jwks.json. */
    @Get("/.well-known/jwks.json")
    public HttpResponse<Map<String, Object>> jwks() {
        return HttpResponse.ok(keys.publicKeys().toJSONObject(true)).header("Cache-Control", "public, max-age=300");
    }
}
