package org.maillage.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.testkit.ServiceUnderTest;
import org.maillage.testkit.TestInfrastructure;
import org.maillage.testkit.TestTokens;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the message tests of issue 30 start from: the service on its own database and topics (real PostgreSQL and Kafka), a
 * real SMTP server (GreenMail), a token issuer it trusts, and the people and events the tests need. Subclasses add
 * {@code @MicronautTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MailServiceIT implements TestPropertyProvider {

    static final String BASE = "http://maillage.test";
    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    final ServiceUnderTest service;
    final Platform platform;
    final TestTokens tokens = TestTokens.start();
    private final ServerSetup smtpSetup = new ServerSetup(TestInfrastructure.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    final GreenMail smtp = new GreenMail(smtpSetup);

    @Inject
    @Client("/")
    HttpClient http;

    MailServiceIT(String name) {
        service = ServiceUnderTest.create(name, List.of(DirectoryTopics.ORGANIZATIONS, DirectoryTopics.ACCOUNTS, ContractsTopics.OPPORTUNITIES));
        platform = new Platform(service);
    }

    @Override
    public Map<String, String> getProperties() {
        smtp.start();
        Map<String, String> p = new HashMap<>(service.properties());
        p.put("micronaut.security.token.jwt.signatures.jwks.maillage.url", tokens.jwksUrl());
        p.put("maillage.mail.smtp.port", String.valueOf(smtpSetup.getPort()));
        p.put("maillage.mail.base-url", BASE);
        p.put("maillage.mail.poll-ms", "100");
        p.put("maillage.mail.digest-every", "1h");
        return p;
    }

    @AfterAll
    void stopServers() {
        smtp.stop();
        tokens.close();
    }

    /** A signed-in person: the account the directory announced, its address, and an access token for it. */
    record Person(UUID account, String email, String token) {
    }

    /** A person of the organization in the role, announced by the directory and known here. */
    Person person(UUID organization, String role, String language) {
        String token = tokens.token(role, organization, List.of());
        UUID account = subjectOf(token);
        String email = role.toLowerCase() + "-" + account.toString().substring(0, 8) + "@maillage.test";
        platform.account(account, organization, role, email, language);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from recipient where account_id = '" + account + "'") == 1);
        return new Person(account, email, token);
    }

    Map<String, Object> put(Person p, String preferences) {
        return http.toBlocking().retrieve(HttpRequest.PUT("/api/notifications/preferences", preferences).bearerAuth(p.token()), JSON);
    }

    Map<String, Object> preferences(Person p) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/notifications/preferences").bearerAuth(p.token()), JSON);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> kinds(Map<String, Object> preferences) {
        return (Map<String, Object>) preferences.get("kinds");
    }

    /** The event is applied (its inbox record is there) and every message due now is settled. */
    void awaitApplied(String eventId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from inbox_event where event_id = '" + eventId + "'") == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from outgoing_message where status = 'PENDING' and delivery = 'IMMEDIATE'") == 0);
    }

    /** The messages one person received, once there are {@code n} of them. */
    MimeMessage[] awaitMessages(String email, int n) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.to(smtp, email), m -> m.length >= n);
    }

    static String text(MimeMessage m) throws Exception {
        return Mailbox.part(m, "text/plain");
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    int count(String sql) {
        try (Connection c = service.database().connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static UUID subjectOf(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\"sub\":\"([^\"]+)\"").matcher(payload);
        assertThat(m.find()).isTrue();
        return UUID.fromString(m.group(1));
    }
}
