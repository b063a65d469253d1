package org.maillage.directory.auth;

import io.micronaut.http.HttpStatus;
import org.maillage.platform.problem.ProblemException;

import java.time.Duration;
import java.util.Map;

/** The sign-in errors, worded the same whether the email exists or not. */
final class AuthProblems {

    private AuthProblems() {
    }

    static ProblemException invalidCredentials() {
        return new ProblemException(HttpStatus.UNAUTHORIZED, "https://maillage.org/problems/invalid-credentials",
                "Sign-in refused / Connexion refusée", "Email or password is wrong. / Courriel ou mot de passe erroné.", Map.of());
    }

    static ProblemException locked(Duration retryAfter) {
        return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "https://maillage.org/problems/account-locked",
                "Account temporarily locked / Compte bloqué temporairement",
                "Too many failed sign-ins; try again in " + Math.max(1, retryAfter.toMinutes()) + " min. "
                        + "/ Trop d'échecs de connexion; réessayez dans " + Math.max(1, retryAfter.toMinutes()) + " min.",
                Map.of("retryAfterSeconds", Math.max(1, retryAfter.toSeconds())));
    }

    static ProblemException invalidRefreshToken() {
        return new ProblemException(HttpStatus.UNAUTHORIZED, "https://maillage.org/problems/invalid-refresh-token",
                "Session expired / Session expirée", "Sign in again. / Connectez-vous de nouveau.", Map.of());
    }

    static ProblemException invalidResetToken() {
        return new ProblemException(HttpStatus.BAD_REQUEST, "https://maillage.org/problems/invalid-reset-token",
                "Invalid reset link / Lien de réinitialisation invalide",
                "This reset token is unknown, used or expired. / Ce jeton est inconnu, déjà utilisé ou expiré.",
                Map.of("errors", java.util.List.of(Map.of("field", "token", "message", "unknown, used or expired"))));
    }
}
