package org.maillage.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.contracts.api.OpportunityEventTypes;
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
 * Issue 30, item 3: a copy of each response's receipt reaches the person who sent it, in their language: the number and
 * the time to the second in Montréal (as the site prints them), every file with its size and SHA-256 digest, and never
 * the sealed price. One message per version: a redelivered event sends nothing more, a replacement its own.
 */
/*
 * A context, database and topics of its own (the module has no shared one): the sender delivers every message of its
 * database to the one SMTP server it is given, and this class reads what its own server (GreenMail) received.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReceiptMessageIT implements TestPropertyProvider {

    private static final UUID PILOT = UUID.fromString("6d6f6e74-7265-4061-8000-000000002014");
    private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private final ServiceUnderTest service = ServiceUnderTest.create("receipts",
            List.of(DirectoryTopics.ORGANIZATIONS, DirectoryTopics.ACCOUNTS, ContractsTopics.OPPORTUNITIES));
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
    void thePersonWhoSentAResponseGetsItsReceiptOncePerVersionWithItsFilesAndNeverItsPrice() throws Exception {
        UUID buyer = platform.organization("INSTITUTION", "Ville de Sherbrooke", "ACTIVE", List.of(PILOT));
        UUID enterprise = platform.organization("ENTERPRISE", "Traiteur Reçu", "ACTIVE", List.of(PILOT));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from organization where id in ('"
                + buyer + "', '" + enterprise + "')") == 2);
        UUID sender = UUID.randomUUID();
        String french = sender + "@supplier.test";
        platform.account(sender, enterprise, "SUPPLIER", french, "fr");
        UUID colleague = UUID.randomUUID();
        String english = colleague + "@supplier.test";
        platform.account(colleague, enterprise, "SUPPLIER", english, "en");
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from recipient where account_id in ('" + sender + "', '"
                + colleague + "')") == 2);
        UUID opportunity = UUID.randomUUID();
        platform.state(opportunity, buyer, OpportunityEventTypes.PUBLISHED_V1, "Traiteur du gala", "Gala catering", "PUBLISHED", null,
                Platform.DEADLINE);

        UUID response = UUID.fromString("e42fd04f-0000-4000-8000-000000000001");
        String first = received(opportunity, response, enterprise, sender, "2026-12-08T00:31:37.656491Z", false,
                "[{\"fileName\":\"Soumission.pdf\",\"sizeBytes\":4096,\"sha256\":\"" + DIGEST + "\"}]");
        platform.resend(ContractsTopics.OPPORTUNITIES, opportunity.toString(), first, OpportunityEventTypes.RESPONSE_RECEIVED_V1,
                body(opportunity, response, enterprise, colleague, "2026-12-08T00:31:37.656491Z", false, "[]"));
        // a new version, sent by the colleague: its own receipt, to the colleague
        received(opportunity, response, enterprise, colleague, "2026-12-08T01:05:00.000001Z", true, "[]");

        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.to(smtp, french).length == 1 && Mailbox.to(smtp, english).length == 1);
        MimeMessage fr = Mailbox.to(smtp, french)[0];
        assertThat(fr.getSubject()).isEqualTo("Reçu de votre réponse : Traiteur du gala");
        assertThat(fr.getHeader("List-Unsubscribe")).as("a receipt is not a subscription").isNull();
        assertThat(Mailbox.part(fr, "text/plain"))
                .contains("Maillage a reçu votre réponse à l'occasion « Traiteur du gala » le 2026-12-07 19:31:37 (heure de Montréal).")
                .contains("Numéro de reçu : R-E42FD04F-20261207-193137")
                .contains("Soumission.pdf – 4 Ko – SHA-256 " + DIGEST)
                .contains("http://localhost:8080/supplier/opportunities/" + opportunity + "/response/receipt")
                .doesNotContain("$");
        MimeMessage en = Mailbox.to(smtp, english)[0];
        assertThat(en.getSubject()).isEqualTo("Receipt of your response: Gala catering");
        assertThat(Mailbox.part(en, "text/plain")).contains("a new version of your response")
                .contains("Receipt number: R-E42FD04F-20261207-200500").contains("No file was attached");

        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from outgoing_message where kind = 'RESPONSE_RECEIPT' and opportunity_id = '"
                + opportunity + "' and status = 'SENT'") == 2);
        assertThat(Mailbox.to(smtp, french)).as("the redelivered event sent nothing more").hasSize(1);
    }

    private String received(UUID opportunity, UUID response, UUID enterprise, UUID account, String at, boolean replaced, String files) {
        return platform.send(ContractsTopics.OPPORTUNITIES, opportunity.toString(), OpportunityEventTypes.RESPONSE_RECEIVED_V1,
                body(opportunity, response, enterprise, account, at, replaced, files));
    }

    private static String body(UUID opportunity, UUID response, UUID enterprise, UUID account, String at, boolean replaced, String files) {
        return """
                {"opportunityId":"%s","responseId":"%s","enterpriseId":"%s","accountId":"%s","receivedAt":"%s","replaced":%s,"files":%s}"""
                .formatted(opportunity, response, enterprise, account, at, replaced, files);
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
