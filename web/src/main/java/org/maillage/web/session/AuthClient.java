package org.maillage.web.session;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import org.maillage.directory.api.http.Auth;

/** directory-service's sign-in endpoints, as the site calls them through the gateway. */
@Client(id = "api", path = "/api/auth")
public interface AuthClient {

    @Post("/login")
    Auth.Tokens login(@Body Auth.Login login);

    @Post("/refresh")
    Auth.Tokens refresh(@Body Auth.Refresh refresh);

    @Post("/logout")
    void logout(@Body Auth.Refresh refresh);

    @Post("/password-reset")
    void resetPassword(@Body Auth.ResetPassword reset);

    @Post("/password-forgotten")
    void passwordForgotten(@Body Auth.PasswordForgotten request);
}
