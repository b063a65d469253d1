package org.maillage.directory;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.maillage.directory.auth.PasswordHasher;
import org.maillage.directory.auth.SigningKeys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Sign-in, tokens and their abuse, as a client would try them. */
class AuthIT extends DirectoryServiceIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    SigningKeys keys;

    @Test
    void anAccessTokenIsAShortLivedRs256TokenWhoseKeyIsPublished() throws Exception {
        Map<String, Object> tokens = SignedIn.login(http, SignedIn.COORDINATOR, SignedIn.PASSWORD);
        SignedJWT jwt = SignedJWT.parse((String) tokens.get("accessToken"));
        JWTClaimsSet claims = jwt.getJWTClaimsSet();

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(claims.getIssuer()).isEqualTo("maillage");
        assertThat(claims.getAudience()).containsExactly("maillage-api");
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isLessThanOrEqualTo(15 * 60_000L);
        assertThat(claims.getStringListClaim("roles")).containsExactly("COORDINATOR");
        assertThat(tokens.get("expiresIn")).isEqualTo(600);

        String jwks = http.toBlocking().retrieve("/.well-known/jwks.json");
        assertThat(jwks).contains(jwt.getHeader().getKeyID()).doesNotContain("\"d\"").doesNotContain("\"p\"");
    }

    @Test
    void writingNeedsATokenOfTheRightRole() {
        String coordinator = SignedIn.coordinatorToken(http);
        String supplier = supplierToken(coordinator);

        assertStatus(401, () -> http.toBlocking().exchange(HttpRequest.POST("/api/enterprises", newEnterprise())));
        assertStatus(403, () -> http.toBlocking().exchange(HttpRequest.POST("/api/enterprises", newEnterprise()).bearerAuth(supplier)));
        assertThat(http.toBlocking().exchange(HttpRequest.POST("/api/enterprises", newEnterprise()).bearerAuth(coordinator)).code())
                .isEqualTo(201);
    }

    @Test
    void expiredForgedAndUnsignedTokensAreRefused() throws Exception {
        RSAKey real = keys.signingKey();
        JWTClaimsSet.Builder valid = new JWTClaimsSet.Builder().issuer("maillage").audience("maillage-api")
                .subject(UUID.randomUUID().toString()).claim("roles", List.of("COORDINATOR"))
                .claim("pilots", List.of(SignedIn.MONTREAL.toString())).issueTime(new Date());

        String expired = sign(real, valid.expirationTime(Date.from(Instant.now().minusSeconds(60))).build());
        RSAKey other = new RSAKeyGenerator(2048).keyID(real.getKeyID()).generate();
        String forged = sign(other, valid.expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
        String unsigned = new PlainJWT(new PlainHeader(), valid.build()).serialize();
        String wrongAudience = sign(real, new JWTClaimsSet.Builder(valid.build()).audience("someone-else").build());
        String stillGood = sign(real, valid.build());

        for (String token : List.of(expired, forged, unsigned, wrongAudience)) {
            assertStatus(401, () -> http.toBlocking().exchange(HttpRequest.POST("/api/enterprises", newEnterprise()).bearerAuth(token)));
        }
        assertThat(http.toBlocking().exchange(HttpRequest.POST("/api/enterprises", newEnterprise()).bearerAuth(stillGood)).code())
                .isEqualTo(201);
    }

    @Test
    void aRefreshTokenRotatesAndAReplayRevokesTheWholeSession() {
        String first = (String) SignedIn.login(http, SignedIn.COORDINATOR, SignedIn.PASSWORD).get("refreshToken");
        String second = (String) refresh(first).get("refreshToken");
        assertThat(second).isNotEqualTo(first);

        assertStatus(401, () -> refresh(first));
        assertStatus(401, () -> refresh(second));
    }

    @Test
    void logOutEndsTheSession() {
        String refreshToken = (String) SignedIn.login(http, SignedIn.COORDINATOR, SignedIn.PASSWORD).get("refreshToken");
        HttpResponse<?> out = http.toBlocking().exchange(HttpRequest.POST("/api/auth/logout", Map.of("refreshToken", refreshToken)));
        assertThat(out.code()).isEqualTo(204);
        assertStatus(401, () -> refresh(refreshToken));
    }

    @Test
    void repeatedFailuresLockTheAccountUntilACoordinatorResetsThePassword() {
        // failures are counted per client address too, over every class of the module: this test's come from its own
        String client = newClientAddress();
        String coordinator = SignedIn.coordinatorToken(http);
        Map<String, Object> enterprise = http.toBlocking().retrieve(HttpRequest.POST("/api/enterprises", newEnterprise())
                .bearerAuth(coordinator), Argument.mapOf(String.class, Object.class));
        Map<String, Object> account = openAccount(coordinator, "SUPPLIER", enterprise.get("id"), SignedIn.MONTREAL);
        String email = (String) account.get("email");

        for (int i = 0; i < 4; i++) {
            assertStatus(401, () -> SignedIn.login(http, email, "wrong password " + UUID.randomUUID(), client));
        }
        HttpClientResponseException locked = assertThrows(HttpClientResponseException.class,
                () -> SignedIn.login(http, email, "wrong again, fifth time", client));
        assertThat(locked.getStatus().getCode()).isEqualTo(429);
        assertThat(locked.getResponse().getHeaders().get("Retry-After")).isNotBlank();
        assertStatus(429, () -> SignedIn.login(http, email, "Correct-Password-1", client));

        Map<String, Object> reset = http.toBlocking().retrieve(HttpRequest.POST("/api/accounts/" + account.get("id") + "/password-reset", "")
                .bearerAuth(coordinator), Argument.mapOf(String.class, Object.class));
        http.toBlocking().exchange(HttpRequest.POST("/api/auth/password-reset",
                Map.of("token", reset.get("token"), "newPassword", "A-New-Password-2")));
        assertThat(SignedIn.login(http, email, "A-New-Password-2", client)).containsKey("accessToken");
        assertStatus(400, () -> http.toBlocking().exchange(HttpRequest.POST("/api/auth/password-reset",
                Map.of("token", reset.get("token"), "newPassword", "Yet-Another-Password-3"))));
    }

    @Test
    void twentyWrongPasswordsSentAtOnceLockTheAccountAndTheRightPasswordIsThenRefused() throws Exception {
        // failures are counted per client address too, over every class of the module: this test's come from its own
        String client = newClientAddress();
        String coordinator = SignedIn.coordinatorToken(http);
        Map<String, Object> enterprise = http.toBlocking().retrieve(HttpRequest.POST("/api/enterprises", newEnterprise())
                .bearerAuth(coordinator), Argument.mapOf(String.class, Object.class));
        String email = (String) openAccount(coordinator, "SUPPLIER", enterprise.get("id"), SignedIn.MONTREAL).get("email");

        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String wrong = "wrong password number " + i;
            answers.add(pool.submit(() -> {
                start.await();
                return assertThrows(HttpClientResponseException.class, () -> SignedIn.login(http, email, wrong, client))
                        .getStatus().getCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : answers) {
            statuses.add(f.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();

        // each failure is counted once: only the first four can be told "wrong password", all others meet the lock
        assertThat(statuses).containsOnly(401, 429);
        assertThat(statuses.stream().filter(s -> s == 401).count()).as("answers 401 in %s", statuses).isLessThanOrEqualTo(4);
        HttpClientResponseException locked = assertThrows(HttpClientResponseException.class,
                () -> SignedIn.login(http, email, "Correct-Password-1", client));
        assertThat(locked.getStatus().getCode()).isEqualTo(429);
    }

    @Test
    void aKnownAndAnUnknownEmailGetTheSameAnswersAndTheSameWork() {
        // failures are counted per client address too, over every class of the module: this test's come from its own
        String client = newClientAddress();
        String coordinator = SignedIn.coordinatorToken(http);
        Map<String, Object> enterprise = http.toBlocking().retrieve(HttpRequest.POST("/api/enterprises", newEnterprise())
                .bearerAuth(coordinator), Argument.mapOf(String.class, Object.class));
        String known = (String) openAccount(coordinator, "SUPPLIER", enterprise.get("id"), SignedIn.MONTREAL).get("email");
        String unknown = "personne-" + UUID.randomUUID().toString().substring(0, 8) + "@test.maillage";

        for (String email : List.of(known, unknown)) {
            for (int i = 0; i < 4; i++) {
                int before = hasher().verifications.get();
                HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                        () -> SignedIn.login(http, email, "not the password", client));
                assertThat(refused.getStatus().getCode()).as(email).isEqualTo(401);
                assertThat(refused.getResponse().getBody(String.class).orElseThrow()).contains("invalid-credentials");
                assertThat(hasher().verifications.get() - before).as("one Argon2 verification for " + email).isEqualTo(1);
            }
            HttpClientResponseException fifth = assertThrows(HttpClientResponseException.class,
                    () -> SignedIn.login(http, email, "not the password", client));
            assertThat(fifth.getStatus().getCode()).as(email).isEqualTo(429);
            assertThat(fifth.getResponse().getBody(String.class).orElseThrow()).contains("account-locked");
            HttpClientResponseException again = assertThrows(HttpClientResponseException.class,
                    () -> SignedIn.login(http, email, "not the password", client));
            assertThat(again.getStatus().getCode()).as(email).isEqualTo(429);
            assertThat(again.getResponse().getHeaders().get("Retry-After")).isNotBlank();
        }
    }

    @Test
    void anUnknownResetTokenIsRefusedBeforeTheNewPasswordIsHashed() {
        int before = hasher().hashes.get();
        assertStatus(400, () -> http.toBlocking().exchange(HttpRequest.POST("/api/auth/password-reset",
                Map.of("token", "not-a-token-" + UUID.randomUUID(), "newPassword", "x".repeat(200)))));
        assertThat(hasher().hashes.get()).isEqualTo(before);
    }

    @Inject
    PasswordHasher passwordHasher;

    private CountingHasher hasher() {
        return (CountingHasher) passwordHasher;
    }

    @Test
    void aCoordinatorOfAnotherPilotCannotReachThisPilotsAccounts() {
        String montreal = SignedIn.coordinatorToken(http);
        Map<String, Object> montrealAccount = openAccount(montreal, "COORDINATOR", null, SignedIn.MONTREAL);
        assertThat(loginAs(montrealAccount)).isNotBlank();
        // a coordinator of the Estrie pilot only (the directory does not open pilots yet, so its token is made here)
        String outsider = sign(keys.signingKey(), new JWTClaimsSet.Builder().issuer("maillage").audience("maillage-api")
                .subject(UUID.randomUUID().toString()).claim("roles", List.of("COORDINATOR"))
                .claim("pilots", List.of(SignedIn.ESTRIE.toString())).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300))).build());

        assertStatus(404, () -> http.toBlocking().exchange(HttpRequest.GET("/api/accounts/" + montrealAccount.get("id")).bearerAuth(outsider)));
        assertStatus(404, () -> http.toBlocking().exchange(HttpRequest.POST("/api/accounts/" + montrealAccount.get("id") + "/password-reset", "")
                .bearerAuth(outsider)));
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/accounts", accountRequest("COORDINATOR", null, SignedIn.MONTREAL)).bearerAuth(outsider)));
        assertThat(e.getStatus().getCode()).isEqualTo(403);
        assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"pilots\"");
    }

    private String loginAs(Map<String, Object> account) {
        return (String) SignedIn.login(http, (String) account.get("email"), "Correct-Password-1").get("accessToken");
    }

    private String supplierToken(String coordinator) {
        Map<String, Object> enterprise = http.toBlocking().retrieve(HttpRequest.POST("/api/enterprises", newEnterprise())
                .bearerAuth(coordinator), Argument.mapOf(String.class, Object.class));
        Map<String, Object> account = openAccount(coordinator, "SUPPLIER", enterprise.get("id"), SignedIn.MONTREAL);
        return loginAs(account);
    }

    private Map<String, Object> openAccount(String coordinator, String role, Object organizationId, UUID pilot) {
        return http.toBlocking().retrieve(HttpRequest.POST("/api/accounts", accountRequest(role, organizationId, pilot))
                .bearerAuth(coordinator), Argument.mapOf(String.class, Object.class));
    }

    private static Map<String, Object> accountRequest(String role, Object organizationId, UUID pilot) {
        Map<String, Object> body = new HashMap<>(Map.of("email", "p" + UUID.randomUUID().toString().substring(0, 8) + "@test.maillage",
                "password", "Correct-Password-1", "role", role, "pilots", List.of(pilot.toString())));
        if (organizationId != null) {
            body.put("organizationId", organizationId);
        }
        return body;
    }

    private Map<String, Object> refresh(String token) {
        return http.toBlocking().retrieve(HttpRequest.POST("/api/auth/refresh", Map.of("refreshToken", token)),
                Argument.mapOf(String.class, Object.class));
    }

    private static Map<String, Object> newEnterprise() {
        return Map.of("legalName", "Entreprise " + UUID.randomUUID(), "neq", newNeq(),
                "pilotId", SignedIn.MONTREAL.toString());
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertStatus(int status, Executable call) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, call);
        assertThat(e.getStatus().getCode()).isEqualTo(status);
    }
}
