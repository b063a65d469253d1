package org.maillage.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.directory.api.AccountNoticeTypes;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.directory.api.LinkSeal;
import org.maillage.testkit.ServiceUnderTest;
import org.maillage.testkit.TestInfrastructure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The messages about a person's own account, from the directory's events to what a real SMTP server (GreenMail)
 * received: the link carries the token in clear only in the email, in the person's language, once; an expired link
 * or one sealed for another account is not sent; and the notices after a password change or a lockout.
 */
/*
 * A context, database and topics of its own (the module has no shared one): notification-service's sender delivers
 * every message of its database to the one SMTP server it is given, and this class reads what its own server
 * (GreenMail) received, with mail settings of its own.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountMessagesIT implements TestPropertyProvider {

    private static final String BASE = "http://maillage.test";
    private static final Instant IN_AN_HOUR = Instant.now().plus(Duration.ofHours(1));

    private final ServiceUnderTest service = ServiceUnderTest.create("notification_accounts",
            List.of(DirectoryTopics.ORGANIZATIONS, DirectoryTopics.ACCOUNTS, ContractsTopics.OPPORTUNITIES, ContractsTopics.CONTRACTS));
    private final Platform platform = new Platform(service);
    private final LinkSeal seal = new LinkSeal(LinkSeal.LOCAL_KEY);
    private final ServerSetup smtpSetup = new ServerSetup(TestInfrastructure.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private final GreenMail smtp = new GreenMail(smtpSetup);

    @Override
    public Map<String, String> getProperties() {
        smtp.start();
        Map<String, String> p = new HashMap<>(service.properties());
        p.put("maillage.mail.smtp.port", String.valueOf(smtpSetup.getPort()));
        p.put("maillage.mail.base-url", BASE);
        p.put("maillage.mail.poll-ms", "100");
        p.put("maillage.mail.backoff-initial-ms", "100");
        p.put("maillage.mail.backoff-max-ms", "1000");
        return p;
    }

    @AfterAll
    void stop() {
        smtp.stop();
    }

    @Test
    void anInvitationReachesThePersonInItsLanguageWithTheLinkOnceAndTheSealedTokenIsThenErased() throws Exception {
        UUID account = person("en");
        String email = emailOf(account);
        String token = "tok-" + UUID.randomUUID();
        String eventId = link(account, "INVITATION", seal.seal(token, account), IN_AN_HOUR);

        MimeMessage m = awaitOne(email);
        assertThat(m.getSubject()).isEqualTo("Your Maillage account is open: choose your password");
        assertThat(m.getHeader("Content-Language")[0]).isEqualTo("en");
        // a security message: nothing to unsubscribe from
        assertThat(m.getHeader("List-Unsubscribe")).isNull();
        String text = Mailbox.part(m, "text/plain");
        String html = Mailbox.part(m, "text/html");
        // the link opens the page in the person's language (issue 29, item 12)
        assertThat(text).contains(BASE + "/choose-password?lang=en&code=" + token).contains("expires on").contains("(Montréal time)")
                .contains("1000, rue Sherbrooke Ouest");
        assertThat(html).contains("<html lang=\"en\">").contains("href=\"" + BASE + "/choose-password?lang=en&amp;code=" + token + "\"")
                .contains("Choose my password");
        awaitStatus(eventId, "SENT");
        assertThat(count("select count(*) from outgoing_message where sealed_token is not null and event_id = '" + eventId + "'")).isZero();

        // the same event delivered again sends nothing more: a later event on the same partition (same key) arrives
        // after it, so once that one's message is here the redelivered one was read
        platform.resend(DirectoryTopics.ACCOUNTS, account.toString(), eventId, AccountNoticeTypes.LINK_ISSUED_V1,
                linkJson(account, "INVITATION", seal.seal(token, account), IN_AN_HOUR));
        platform.send(DirectoryTopics.ACCOUNTS, account.toString(), AccountNoticeTypes.PASSWORD_CHANGED_V1,
                "{\"accountId\":\"%s\",\"lockedUntil\":null,\"occurredAt\":\"%s\"}".formatted(account, Instant.now()));
        List<MimeMessage> all = await().atMost(Duration.ofSeconds(30)).until(() -> received(email),
                l -> l.stream().anyMatch(x -> subject(x).contains("was changed")));
        assertThat(all).extracting(AccountMessagesIT::subject).containsExactlyInAnyOrder(
                "Your Maillage account is open: choose your password", "Your Maillage password was changed");
    }

    @Test
    void aForgottenPasswordLinkIsInFrenchByDefault() throws Exception {
        UUID account = person("fr");
        String token = "tok-" + UUID.randomUUID();
        link(account, "PASSWORD_RESET", seal.seal(token, account), IN_AN_HOUR);

        MimeMessage m = awaitOne(emailOf(account));
        assertThat(m.getSubject()).isEqualTo("Choisir un nouveau mot de passe Maillage");
        assertThat(Mailbox.part(m, "text/plain")).contains(BASE + "/choose-password?lang=fr&code=" + token).contains("heure de Montréal")
                .contains("ignorez ce message");
    }

    @Test
    void anExpiredLinkOrOneSealedForAnotherAccountIsNotSent() {
        UUID account = person("fr");
        String expired = link(account, "PASSWORD_RESET", seal.seal("tok-expired", account), Instant.now().minusSeconds(1));
        String moved = link(account, "PASSWORD_RESET", seal.seal("tok-moved", UUID.randomUUID()), IN_AN_HOUR);

        awaitStatus(expired, "EXPIRED");
        awaitStatus(moved, "FAILED");
        assertThat(count("select count(*) from outgoing_message where sealed_token is not null and account_id = '" + account + "'")).isZero();
        assertThat(smtp.getReceivedMessages()).noneMatch(m -> to(m, emailOf(account)));
    }

    @Test
    void aPasswordChangeAndALockoutAreToldToThePerson() throws Exception {
        UUID account = person("fr");
        String email = emailOf(account);
        platform.send(DirectoryTopics.ACCOUNTS, account.toString(), AccountNoticeTypes.PASSWORD_CHANGED_V1,
                "{\"accountId\":\"%s\",\"lockedUntil\":null,\"occurredAt\":\"%s\"}".formatted(account, Instant.now()));
        platform.send(DirectoryTopics.ACCOUNTS, account.toString(), AccountNoticeTypes.LOCKED_V1,
                "{\"accountId\":\"%s\",\"lockedUntil\":\"2027-02-15T17:15:00Z\",\"occurredAt\":\"%s\"}".formatted(account, Instant.now()));

        List<MimeMessage> both = await().atMost(Duration.ofSeconds(30)).until(() -> received(email), l -> l.size() == 2);
        assertThat(both).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Votre mot de passe Maillage a été changé", "Connexion à votre compte Maillage bloquée");
        MimeMessage locked = both.stream().filter(m -> subject(m).startsWith("Connexion")).findFirst().orElseThrow();
        assertThat(Mailbox.part(locked, "text/plain")).contains("15 février 2027 à 12 h 15 (heure de Montréal)").contains(BASE + "/forgot-password?lang=fr");
    }

    private UUID person(String language) {
        UUID account = UUID.randomUUID();
        platform.account(account, UUID.randomUUID(), emailOf(account), language);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from recipient where account_id = '" + account + "'") == 1);
        return account;
    }

    private static String emailOf(UUID account) {
        return "a-" + account.toString().substring(0, 8) + "@coop.test";
    }

    private String link(UUID account, String purpose, String sealed, Instant expiresAt) {
        return platform.send(DirectoryTopics.ACCOUNTS, account.toString(), AccountNoticeTypes.LINK_ISSUED_V1,
                linkJson(account, purpose, sealed, expiresAt));
    }

    private static String linkJson(UUID account, String purpose, String sealed, Instant expiresAt) {
        return "{\"accountId\":\"%s\",\"purpose\":\"%s\",\"sealedToken\":\"%s\",\"expiresAt\":\"%s\",\"occurredAt\":\"%s\"}"
                .formatted(account, purpose, sealed, expiresAt, Instant.now());
    }

    private void awaitStatus(String eventId, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from outgoing_message where event_id = '" + eventId
                + "' and status = '" + status + "'") == 1);
    }

    private MimeMessage awaitOne(String email) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> received(email), l -> !l.isEmpty()).get(0);
    }

    private List<MimeMessage> received(String email) {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (to(m, email)) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean to(MimeMessage m, String email) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(email));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int count(String sql) {
        try (Connection c = service.database().connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
