package org.maillage.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillage.directory.api.AccountEventTypes;
import org.maillage.directory.api.ApplicationEventTypes;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.testkit.ServiceUnderTest;
import org.maillage.testkit.TestInfrastructure;
import org.maillage.testkit.TestTokens;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An organization invited into another pilot: each of its buyers and sales people is told once, in their own language,
 * which pilot invites it, what joining means and where to answer; no one outside the organization, no coordinator, and
 * nothing more when the event comes twice. While the SMTP server is down the messages wait, then go, once. No preference
 * turns it off, and a person whose account is closed before it goes is not written to.
 */
/*
 * A context, database and topics of its own (the module has no shared one): notification-service's sender delivers
 * every message of its database to the one SMTP server it is given, and this class reads what its own server
 * (GreenMail) received, with mail settings of its own.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationMessageIT implements TestPropertyProvider {

    private static final UUID PILOT = UUID.fromString("6d6f6e74-7265-4061-8000-000000002014");

    private final ServiceUnderTest service = ServiceUnderTest.create("invitations",
            List.of(DirectoryTopics.ORGANIZATIONS, DirectoryTopics.ACCOUNTS, DirectoryTopics.APPLICATIONS));
    private final Platform platform = new Platform(service);
    private final TestTokens tokens = TestTokens.start();
    private final ServerSetup smtpSetup = new ServerSetup(TestInfrastructure.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private final GreenMail smtp = new GreenMail(smtpSetup);

    @Override
    public Map<String, String> getProperties() {
        smtp.start();
        Map<String, String> p = new HashMap<>(service.properties());
        p.put("micronaut.security.token.jwt.signatures.jwks.maillage.url", tokens.jwksUrl());
        p.put("maillage.mail.smtp.port", String.valueOf(smtpSetup.getPort()));
        p.put("maillage.mail.poll-ms", "100");
        p.put("maillage.mail.backoff-initial-ms", "100");
        p.put("maillage.mail.backoff-max-ms", "500");
        return p;
    }

    @AfterAll
    void stop() {
        smtp.stop();
        tokens.close();
    }

    @Test
    void everyBuyerAndSalesPersonOfTheInvitedOrganizationIsToldOnceInTheirLanguage() throws Exception {
        UUID organization = platform.organization("ENTERPRISE", "Menuiserie Boréale", "ACTIVE", List.of(PILOT));
        String english = person(organization, "SUPPLIER", "en");
        String french = person(organization, "BUYER", "fr");
        String outsider = person(UUID.randomUUID(), "SUPPLIER", "fr");
        UUID coordinator = UUID.randomUUID();
        platform.coordinator(coordinator, List.of(PILOT), coordinator + "@coordination.test", "fr");
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from recipient where account_id = '" + coordinator + "'") == 1);

        String event = invited(organization, "Pilote de la Mauricie", "Menuiserie Boréale");
        platform.resend(DirectoryTopics.APPLICATIONS, organization.toString(), event, ApplicationEventTypes.INVITATION_SENT_V1,
                body(organization, "Pilote de la Mauricie", "Menuiserie Boréale"));
        // on the same key, after the duplicate: an invitation to another organization whose message marks the end
        UUID marked = platform.organization("ENTERPRISE", "Repère", "ACTIVE", List.of(PILOT));
        String marker = person(marked, "SUPPLIER", "fr");
        platform.send(DirectoryTopics.APPLICATIONS, organization.toString(), ApplicationEventTypes.INVITATION_SENT_V1,
                body(marked, "Pilote repère", "Repère"));

        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.to(smtp, english).length == 1 && Mailbox.to(smtp, french).length == 1
                && Mailbox.to(smtp, marker).length == 1);
        assertThat(Mailbox.to(smtp, outsider)).isEmpty();
        assertThat(Mailbox.to(smtp, coordinator + "@coordination.test")).as("a coordinator only watches").isEmpty();

        MimeMessage en = Mailbox.to(smtp, english)[0];
        assertThat(en.getSubject()).isEqualTo("Invitation to join the pilot Pilote de la Mauricie");
        assertThat(en.getHeader("Content-Language")[0]).isEqualTo("en");
        assertThat(en.getHeader("List-Unsubscribe")).as("a notice about the organization's own membership, not a subscription").isNull();
        assertThat(Mailbox.part(en, "text/plain")).contains("The coordinators of the pilot \"Pilote de la Mauricie\" invite Menuiserie Bor")
                .contains("By accepting, your organization becomes a member of this pilot too")
                .contains("http://localhost:8080/account?lang=en#invitations");

        MimeMessage fr = Mailbox.to(smtp, french)[0];
        assertThat(fr.getSubject()).isEqualTo("Invitation à rejoindre le projet pilote Pilote de la Mauricie");
        assertThat(fr.getHeader("Content-Language")[0]).isEqualTo("fr");
        assertThat(Mailbox.part(fr, "text/html")).contains("<html lang=\"fr\">")
                .contains("<a href=\"http://localhost:8080/account?lang=fr#invitations\">Répondre à l&#39;invitation sur Maillage</a>");
        assertThat(Mailbox.part(fr, "text/plain")).contains("http://localhost:8080/account?lang=fr#invitations").contains("La coordination du projet pilote « Pilote de la Mauricie » invite Menuiserie Boréale à le rejoindre.")
                .contains("En acceptant, votre organisation devient aussi membre de ce projet pilote");

        // the duplicate was handled before the marker: nothing more came, and one row per person was recorded
        assertThat(Mailbox.to(smtp, english)).hasSize(1);
        assertThat(Mailbox.to(smtp, french)).hasSize(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from outgoing_message where event_id = '" + event
                + "' and kind = 'PILOT_INVITATION' and status = 'SENT'") == 2);
        assertThat(count("select count(*) from outgoing_message where event_id = '" + event + "'")).isEqualTo(2);
    }

    @Test
    void whileTheMailServerIsDownTheMessageWaitsThenGoesOnce() throws Exception {
        UUID organization = platform.organization("ENTERPRISE", "Traiteur Patient", "ACTIVE", List.of(PILOT));
        String person = person(organization, "SUPPLIER", "fr");
        smtp.stop();
        try {
            String event = invited(organization, "Pilote de l'Estrie", "Traiteur Patient");
            await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from outgoing_message where event_id = '" + event
                    + "' and status = 'PENDING' and attempts >= 2") == 1);
        } finally {
            smtp.start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.to(smtp, person).length == 1);
        assertThat(Mailbox.to(smtp, person)[0].getSubject()).isEqualTo("Invitation à rejoindre le projet pilote Pilote de l'Estrie");
    }

    @Test
    void noPreferenceTurnsTheInvitationOffAndAClosedAccountIsNotWrittenTo() throws Exception {
        UUID organization = platform.organization("ENTERPRISE", "Atelier Discret", "ACTIVE", List.of(PILOT));
        String quiet = person(organization, "SUPPLIER", "fr");
        UUID quietAccount = UUID.fromString(quiet.substring(0, 36));
        // every kind a person can turn off is off, and no consent to alerts
        update("insert into preference (account_id, alerts_consent, kinds_off) values ('" + quietAccount
                + "', false, '{MATCHED,AMENDED,CANCELLED,OUTCOME,ANSWERED,REMINDER,DECLARED,WEEKLY}')");
        String leaving = person(organization, "BUYER", "en");
        UUID leavingAccount = UUID.fromString(leaving.substring(0, 36));
        smtp.stop();
        try {
            String event = invited(organization, "Pilote du Saguenay", "Atelier Discret");
            await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from outgoing_message where event_id = '" + event
                    + "' and status = 'PENDING' and attempts >= 1") == 2);
            platform.send(DirectoryTopics.ACCOUNTS, leavingAccount.toString(), AccountEventTypes.CLOSED_V1,
                    "{\"accountId\":\"%s\",\"occurredAt\":\"%s\"}".formatted(leavingAccount, java.time.Instant.now()));
            // erasure: what was still to send to the closed account is not sent, and its address is not kept
            await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from outgoing_message where account_id = '"
                    + leavingAccount + "' and status = 'SUPPRESSED' and email is null") == 1);
        } finally {
            smtp.start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.to(smtp, quiet).length == 1);
        assertThat(Mailbox.to(smtp, quiet)[0].getSubject()).isEqualTo("Invitation à rejoindre le projet pilote Pilote du Saguenay");
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from outgoing_message where account_id = '"
                + quietAccount + "' and status = 'SENT'") == 1);
        assertThat(Mailbox.to(smtp, leaving)).isEmpty();
    }

    private String person(UUID organization, String role, String language) {
        UUID account = UUID.randomUUID();
        String email = account + "@" + role.toLowerCase() + ".test";
        platform.account(account, organization, role, email, language);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from recipient where account_id = '" + account + "'") == 1);
        return email;
    }

    private String invited(UUID organization, String pilot, String name) {
        return platform.send(DirectoryTopics.APPLICATIONS, organization.toString(), ApplicationEventTypes.INVITATION_SENT_V1,
                body(organization, pilot, name));
    }

    private static String body(UUID organization, String pilot, String name) {
        return """
                {"invitationId":"%s","pilotId":"%s","pilotName":"%s","organizationId":"%s","organizationName":"%s",
                 "occurredAt":"2026-02-01T12:00:00Z"}""".formatted(UUID.randomUUID(), UUID.randomUUID(), pilot, organization, name);
    }

    private int count(String sql) {
        try (Connection c = service.database().connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql) throws Exception {
        try (Connection c = service.database().connect()) {
            c.createStatement().executeUpdate(sql);
        }
    }
}
