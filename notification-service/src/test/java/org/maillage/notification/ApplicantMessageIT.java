package org.maillage.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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

/** An applicant whose application a coordinator refused is told once, in its language, with the reason; without an address, no one is. */
/*
 * A context, database and topics of its own (the module has no shared one): notification-service's sender delivers
 * every message of its database to the one SMTP server it is given, and this class reads what its own server
 * (GreenMail) received, with mail settings of its own.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicantMessageIT implements TestPropertyProvider {

    private final ServiceUnderTest service = ServiceUnderTest.create("applicants",
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
        return p;
    }

    @AfterAll
    void stop() {
        smtp.stop();
        tokens.close();
    }

    @Test
    void theApplicantReadsTheReasonInItsLanguageOnceEvenWhenTheEventComesTwice() throws Exception {
        UUID organization = UUID.randomUUID();
        String event = refused(organization, "Candidate Co-op", "\"applicant@coop.test\"", "en", "Outside the pilot's region <Estrie>");
        platform.resend(DirectoryTopics.APPLICATIONS, organization.toString(), event, ApplicationEventTypes.REFUSED_V1,
                body(organization, "Candidate Co-op", "\"applicant@coop.test\"", "en", "Outside the pilot's region <Estrie>"));
        // then, on the same key (so the same partition, after the duplicate): one without an address, and a marker
        platform.send(DirectoryTopics.APPLICATIONS, organization.toString(), ApplicationEventTypes.REFUSED_V1,
                body(UUID.randomUUID(), "Sans adresse", "null", "fr", "Hors région"));
        platform.send(DirectoryTopics.APPLICATIONS, organization.toString(), ApplicationEventTypes.REFUSED_V1,
                body(UUID.randomUUID(), "Marqueur", "\"marker@coop.test\"", "fr", "Marqueur"));

        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.to(smtp, "applicant@coop.test").length == 1
                && Mailbox.to(smtp, "marker@coop.test").length == 1);
        MimeMessage m = Mailbox.to(smtp, "applicant@coop.test")[0];
        assertThat(m.getSubject()).isEqualTo("Your application (Candidate Co-op) was not accepted");
        assertThat(m.getHeader("Content-Language")[0]).isEqualTo("en");
        assertThat(m.getHeader("List-Unsubscribe")).as("an answer to the applicant's request, not a subscription").isNull();
        String whole = GreenMailUtil.getWholeMessage(m);
        assertThat(whole).contains("Reason given: Outside the pilot's region <Estrie>")
                .contains("Outside the pilot&#39;s region &lt;Estrie&gt;");
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from outgoing_message where event_id = '" + event
                + "' and kind = 'APPLICATION_REFUSED' and status = 'SENT'") == 1);
        // the second delivery of the same event, handled before the marker, sent nothing more
        assertThat(Mailbox.to(smtp, "applicant@coop.test")).hasSize(1);
    }

    @Test
    void aFrenchApplicantReadsFrench() throws Exception {
        UUID organization = UUID.randomUUID();
        refused(organization, "Coop candidate", "\"candidate@coop.test\"", "fr", "Pas une entreprise d'économie sociale");
        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.to(smtp, "candidate@coop.test").length == 1);
        MimeMessage m = Mailbox.to(smtp, "candidate@coop.test")[0];
        assertThat(m.getSubject()).isEqualTo("Votre demande d'adhésion (Coop candidate) n'est pas retenue");
        assertThat(GreenMailUtil.getWholeMessage(m)).contains("Raison donn");
    }

    private String refused(UUID organization, String name, String email, String language, String reason) {
        return platform.send(DirectoryTopics.APPLICATIONS, organization.toString(), ApplicationEventTypes.REFUSED_V1,
                body(organization, name, email, language, reason));
    }

    private static String body(UUID organization, String name, String email, String language, String reason) {
        return """
                {"organizationId":"%s","name":"%s","pilots":["6d6f6e74-7265-4061-8000-000000002014"],"contactEmail":%s,
                 "language":"%s","reason":"%s","occurredAt":"2026-02-01T12:00:00Z"}""".formatted(organization, name, email, language, reason);
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
