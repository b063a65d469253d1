package org.maillage.directory;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Failed sign-ins lock out the client address that sent them, never the account's owner at another address: the
 * client address is the one the gateway forwards (X-Forwarded-For, set by the gateway from the caller it trusts).
 */
class SignInLockoutIT extends DirectoryServiceIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void aStrangersFailuresLockOutOnlyTheStrangerAndTheOwnerSignsInFromTheirOwnAddress() {
        String email = newSupplierEmail();
        String stranger = "192.0.2.66";
        String owner = "198.51.100.7";

        for (int i = 0; i < 4; i++) {
            assertThat(status(email, "guess " + i, stranger)).isEqualTo(401);
        }
        assertThat(status(email, "fifth guess", stranger)).isEqualTo(429);
        // the stranger stays out, even with the right password
        assertThat(status(email, "Correct-Password-1", stranger)).isEqualTo(429);

        // the owner, elsewhere, is not touched: a typo is a plain 401, the right password signs in
        assertThat(status(email, "a typo", owner)).isEqualTo(401);
        assertThat(status(email, "Correct-Password-1", owner)).isEqualTo(200);
        // and the stranger's lock still holds after the owner signed in
        assertThat(status(email, "Correct-Password-1", stranger)).isEqualTo(429);
    }

    @Test
    void manyFailuresFromOneAddressOverManyEmailsSlowThatAddressDown() {
        String sprayer = "203.0.113.77";
        long slowest = 0;
        for (int i = 0; i < 12; i++) {
            long started = System.nanoTime();
            assertThat(status("inconnu-" + UUID.randomUUID() + "@test.maillage", "Printemps2026!", sprayer)).isEqualTo(401);
            slowest = (System.nanoTime() - started) / 1_000_000;
        }
        // the twelfth failure from that address waits 1.5 s (half a second per failure past ten)
        assertThat(slowest).isGreaterThanOrEqualTo(1_500);
        long started = System.nanoTime();
        assertThat(status("inconnu-" + UUID.randomUUID() + "@test.maillage", "Printemps2026!", "203.0.113.78")).isEqualTo(401);
        long elsewhere = (System.nanoTime() - started) / 1_000_000;
        assertThat(elsewhere).as("a first failure from another address waits for nothing").isLessThan(slowest - 500);
    }

    private int status(String email, String password, String clientAddress) {
        try {
            return http.toBlocking().exchange(HttpRequest.POST("/api/auth/login", Map.of("email", email, "password", password))
                    .header("X-Forwarded-For", clientAddress)).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private String newSupplierEmail() {
        String coordinator = SignedIn.coordinatorToken(http);
        Map<String, Object> enterprise = http.toBlocking().retrieve(HttpRequest.POST("/api/enterprises", Map.of(
                "legalName", "Entreprise " + UUID.randomUUID(), "neq", newNeq(),
                "pilotId", SignedIn.MONTREAL.toString())).bearerAuth(coordinator), Argument.mapOf(String.class, Object.class));
        String email = "p" + UUID.randomUUID().toString().substring(0, 8) + "@test.maillage";
        http.toBlocking().exchange(HttpRequest.POST("/api/accounts", Map.of("email", email, "password", "Correct-Password-1",
                "role", "SUPPLIER", "pilots", List.of(SignedIn.MONTREAL.toString()), "organizationId", enterprise.get("id")))
                .bearerAuth(coordinator));
        return email;
    }
}
