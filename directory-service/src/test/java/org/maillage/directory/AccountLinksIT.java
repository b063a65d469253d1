package org.maillage.directory;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.maillage.directory.api.AccountEventTypes;
import org.maillage.directory.api.AccountLinkIssued;
import org.maillage.directory.api.AccountNotice;
import org.maillage.directory.api.AccountNoticeTypes;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.directory.api.LinkSeal;
import org.maillage.testkit.TestEvents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Emailed links to choose a password, and the notices a person must receive about its account: what directory-service
 * announces on directory.accounts (the token sealed, never in clear), and that a link works once, expires, and that
 * "forgot my password" answers the same for any address.
 */
class AccountLinksIT extends DirectoryServiceIT {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    private final LinkSeal seal = new LinkSeal(LinkSeal.LOCAL_KEY);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ObjectMapper json;

    @Inject
    org.maillage.directory.auth.PasswordResets resets;

    @Test
    void anAccountOpenedWithoutAPasswordIsInvitedByALinkThatWorksOnceAndNoPasswordSignsInBefore() throws IOException {
        String email = "i" + UUID.randomUUID().toString().substring(0, 8) + "@test.maillage";
        String account = open(email, null);

        List<ConsumerRecord<String, byte[]>> events = awaitEvents(account, 2);
        assertThat(events).extracting(r -> TestEvents.header(r, "ce_type"))
                .containsExactly(AccountEventTypes.OPENED_V1, AccountNoticeTypes.LINK_ISSUED_V1);
        String raw = new String(events.get(1).value(), StandardCharsets.UTF_8);
        AccountLinkIssued link = json.readValue(raw, AccountLinkIssued.class);
        assertThat(link.purpose()).isEqualTo(AccountLinkIssued.INVITATION);
        assertThat(link.expiresAt()).isBetween(Instant.now().plus(Duration.ofDays(6)), Instant.now().plus(Duration.ofDays(8)));
        String token = seal.open(link.sealedToken(), UUID.fromString(account));
        // the token is on the topic only sealed, and only its hash is in the database
        assertThat(raw).doesNotContain(token);
        assertThat(count("select count(*) from password_reset where token_hash = '" + token + "'")).isZero();
        assertThat(count("select count(*) from outbox_event where payload::text like '%" + token + "%'")).isZero();

        assertStatus(401, () -> SignedIn.login(http, email, "Whatever-Password-1"));
        assertStatus(400, () -> choose("not-the-token-" + UUID.randomUUID(), "Mon-Nouveau-Mot-1"));
        choose(token, "Mon-Nouveau-Mot-1");
        assertThat(SignedIn.login(http, email, "Mon-Nouveau-Mot-1")).containsKey("accessToken");
        assertStatus(400, () -> choose(token, "Un-Autre-Mot-De-Passe-2"));
        assertThat(SignedIn.login(http, email, "Mon-Nouveau-Mot-1")).containsKey("accessToken");

        List<ConsumerRecord<String, byte[]>> after = awaitEvents(account, 3);
        assertThat(TestEvents.header(after.get(2), "ce_type")).isEqualTo(AccountNoticeTypes.PASSWORD_CHANGED_V1);
        assertThat(json.readValue(after.get(2).value(), AccountNotice.class).accountId()).hasToString(account);
    }

    @Test
    void forgotPasswordAnswersTheSameForAnyAddressAndEmailsOnlyAnAccountsPerson() throws IOException {
        String email = "f" + UUID.randomUUID().toString().substring(0, 8) + "@test.maillage";
        String account = open(email, "Ancien-Mot-De-Passe-1");
        long before = count("select count(*) from outbox_event");

        HttpResponse<String> unknown = forgot("personne-" + UUID.randomUUID() + "@test.maillage", "10.0.0.1");
        HttpResponse<String> known = forgot(email.toUpperCase(), "10.0.0.1");
        assertThat(unknown.getStatus().getCode()).isEqualTo(202).isEqualTo(known.getStatus().getCode());
        assertThat(unknown.body()).isEqualTo(known.body());

        List<ConsumerRecord<String, byte[]>> events = awaitEvents(account, 2);
        assertThat(count("select count(*) from outbox_event")).isEqualTo(before + 1);
        AccountLinkIssued link = json.readValue(events.get(1).value(), AccountLinkIssued.class);
        assertThat(link.purpose()).isEqualTo(AccountLinkIssued.PASSWORD_RESET);
        assertThat(link.expiresAt()).isBefore(Instant.now().plus(Duration.ofMinutes(61)));
        String token = seal.open(link.sealedToken(), UUID.fromString(account));
        // sealed for this account: opened for another it is refused
        assertThrows(IllegalArgumentException.class, () -> seal.open(link.sealedToken(), UUID.randomUUID()));

        // the old password works until the link is used
        assertThat(SignedIn.login(http, email, "Ancien-Mot-De-Passe-1")).containsKey("accessToken");
        choose(token, "Nouveau-Mot-De-Passe-2");
        assertStatus(401, () -> SignedIn.login(http, email, "Ancien-Mot-De-Passe-1"));
        assertThat(SignedIn.login(http, email, "Nouveau-Mot-De-Passe-2")).containsKey("accessToken");
        assertStatus(400, () -> choose(token, "Encore-Un-Mot-De-Passe-3"));
    }

    /**
     * Issue 26, item 10: setting a password closes every token of the account still open, whatever its kind: the
     * invitation link, a link emailed after "forgot my password", a coordinator's one-time code.
     */
    @Test
    void choosingAPasswordClosesEveryOtherOpenTokenOfTheAccount() throws IOException {
        String email = "t" + UUID.randomUUID().toString().substring(0, 8) + "@test.maillage";
        String account = open(email, null);
        String invitation = seal.open(json.readValue(awaitEvents(account, 2).get(1).value(), AccountLinkIssued.class).sealedToken(),
                UUID.fromString(account));
        forgot(email, "10.0.4.1");
        AccountLinkIssued emailed = json.readValue(awaitEvents(account, 3).get(2).value(), AccountLinkIssued.class);
        assertThat(emailed.purpose()).isEqualTo(AccountLinkIssued.PASSWORD_RESET);
        String emailedToken = seal.open(emailed.sealedToken(), UUID.fromString(account));
        // as a coordinator hands it over (POST /api/accounts/{id}/password-reset, for a member's account)
        String code = resets.issue(UUID.fromString(account)).token();

        choose(code, "Choisi-Avec-Le-Code-1");
        assertStatus(400, () -> choose(invitation, "Par-L-Invitation-2"));
        assertStatus(400, () -> choose(emailedToken, "Par-Le-Lien-Oublie-3"));
        assertThat(SignedIn.login(http, email, "Choisi-Avec-Le-Code-1")).containsKey("accessToken");
        assertThat(count("select count(*) from password_reset where used_at is null and account_id = '" + account + "'")).isZero();

        // the other way round: an emailed link used, the code handed over before it is closed
        String later = resets.issue(UUID.fromString(account)).token();
        forgot(email, "10.0.4.2");
        String laterLink = seal.open(json.readValue(awaitEvents(account, 5).get(4).value(), AccountLinkIssued.class).sealedToken(),
                UUID.fromString(account));
        choose(laterLink, "Par-Le-Lien-Oublie-4");
        assertStatus(400, () -> choose(later, "Avec-Le-Vieux-Code-5"));
        assertThat(SignedIn.login(http, email, "Par-Le-Lien-Oublie-4")).containsKey("accessToken");
    }

    @Test
    void anExpiredLinkIsRefused() throws Exception {
        String email = "e" + UUID.randomUUID().toString().substring(0, 8) + "@test.maillage";
        String account = open(email, "Ancien-Mot-De-Passe-1");
        forgot(email, "10.0.0.2");
        String token = seal.open(json.readValue(awaitEvents(account, 2).get(1).value(), AccountLinkIssued.class).sealedToken(),
                UUID.fromString(account));
        try (Connection c = service.database().connect(); Statement st = c.createStatement()) {
            st.executeUpdate("update password_reset set expires_at = now() - interval '1 second' where account_id = '" + account + "'");
        }
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class, () -> choose(token, "Nouveau-Mot-De-Passe-2"));
        assertThat(refused.getStatus().getCode()).isEqualTo(400);
        assertThat(refused.getResponse().getContentType().map(Object::toString).orElse("")).contains("application/problem+json");
        assertThat(SignedIn.login(http, email, "Ancien-Mot-De-Passe-1")).containsKey("accessToken");
    }

    @Test
    void aStrangerCannotFloodAPersonNorProbeManyAddresses() throws IOException {
        String email = "s" + UUID.randomUUID().toString().substring(0, 8) + "@test.maillage";
        String account = open(email, "Ancien-Mot-De-Passe-1");
        for (int i = 0; i < 5; i++) {
            assertThat(forgot(email, "10.0.1." + i).getStatus().getCode()).isEqualTo(202);
        }
        // 3 links an hour per account, whatever the addresses the requests came from
        await().atMost(Duration.ofSeconds(30)).until(() -> events(account).size() == 4);
        assertThat(count("select count(*) from password_reset where purpose = 'EMAILED_RESET' and account_id = '" + account + "'")).isEqualTo(3);

        // 10 requests an hour per client address (the service's own limit: the context is shared), then 429 naming no account
        String address = "10.0.2.1";
        for (int i = 0; i < 10; i++) {
            forgot("x" + i + "@test.maillage", address);
        }
        HttpClientResponseException limited = assertThrows(HttpClientResponseException.class, () -> forgot(email, address));
        assertThat(limited.getStatus().getCode()).isEqualTo(429);
        assertThat(limited.getResponse().getHeaders().get("Retry-After")).isNotBlank();
        assertThat(limited.getResponse().getBody(String.class).orElse("")).contains("rate-limited").doesNotContain(email);
    }

    @Test
    void aMalformedAddressIsAProblemNamingTheField() {
        HttpClientResponseException bad = assertThrows(HttpClientResponseException.class, () -> forgot("pas une adresse", "10.0.3.1"));
        assertThat(bad.getStatus().getCode()).isEqualTo(400);
        assertThat(bad.getResponse().getBody(String.class).orElse("")).contains("\"field\":\"email\"");
    }

    @Test
    void theLockAfterWrongPasswordsIsAnnouncedOnceToTheAccountsPersonOnly() throws IOException {
        // failures are counted per client address too, over every class of the module: this test's come from its own
        String client = newClientAddress();
        String email = "k" + UUID.randomUUID().toString().substring(0, 8) + "@test.maillage";
        String account = open(email, "Bon-Mot-De-Passe-1");
        for (int i = 0; i < 7; i++) {
            int n = i;
            assertThrows(HttpClientResponseException.class, () -> SignedIn.login(http, email, "mauvais " + n, client));
        }
        List<ConsumerRecord<String, byte[]>> events = awaitEvents(account, 2);
        assertThat(events).extracting(r -> TestEvents.header(r, "ce_type")).containsExactly(AccountEventTypes.OPENED_V1, AccountNoticeTypes.LOCKED_V1);
        assertThat(json.readValue(events.get(1).value(), AccountNotice.class).lockedUntil()).isAfter(Instant.now());
    }

    private String open(String email, String password) {
        Map<String, Object> body = new HashMap<>(Map.of("email", email, "role", "COORDINATOR", "pilots", List.of(SignedIn.MONTREAL.toString())));
        if (password != null) {
            body.put("password", password);
        }
        return (String) http.toBlocking().retrieve(HttpRequest.POST("/api/accounts", body)
                .bearerAuth(SignedIn.coordinatorToken(http)), JSON).get("id");
    }

    private HttpResponse<String> forgot(String email, String clientAddress) {
        return http.toBlocking().exchange(HttpRequest.POST("/api/auth/password-forgotten", Map.of("email", email))
                .header("X-Forwarded-For", clientAddress), String.class);
    }

    private void choose(String token, String password) {
        http.toBlocking().exchange(HttpRequest.POST("/api/auth/password-reset", Map.of("token", token, "newPassword", password)));
    }

    private List<ConsumerRecord<String, byte[]>> events(String account) {
        return TestEvents.readAll(service.kafkaBootstrapServers(), service.topicPrefix() + DirectoryTopics.ACCOUNTS, 1).stream()
                .filter(r -> account.equals(r.key())).toList();
    }

    /** This account's events, once there are at least that many (the relay publishes after commit). */
    private List<ConsumerRecord<String, byte[]>> awaitEvents(String account, int atLeast) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> events(account), e -> e.size() >= atLeast);
    }

    private long count(String sql) {
        try (Connection c = service.database().connect(); Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertStatus(int status, Runnable call) {
        assertThat(assertThrows(HttpClientResponseException.class, call::run).getStatus().getCode()).isEqualTo(status);
    }
}
