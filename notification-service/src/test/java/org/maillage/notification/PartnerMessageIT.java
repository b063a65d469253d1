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
 * An enterprise named as partner in a joint response: each of its sales people is told, in their language, who named it,
 * on which opportunity (title, buyer, deadline) and where to confirm its part; never anything of the sealed response. Once
 * per opportunity and lead: a redelivered event, or the same response submitted again, sends nothing more.
 */
/*
 * A context, database and topics of its own (the module has no shared one): notification-service's sender delivers
 * every message of its database to the one SMTP server it is given, and this class reads what its own server
 * (GreenMail) received, with mail settings of its own.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerMessageIT implements TestPropertyProvider {

    private static final UUID PILOT = UUID.fromString("6d6f6e74-7265-4061-8000-000000002014");

    private final ServiceUnderTest service = ServiceUnderTest.create("partners",
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
    void eachSalesPersonOfThePartnerIsToldOnceInTheirLanguageWithoutTheSealedResponse() throws Exception {
        UUID buyer = platform.organization("INSTITUTION", "Ville de Sherbrooke", "ACTIVE", List.of(PILOT));
        UUID lead = platform.organization("ENTERPRISE", "Traiteur Chef de file", "ACTIVE", List.of(PILOT));
        UUID partner = platform.organization("ENTERPRISE", "Boulangerie Partenaire", "ACTIVE", List.of(PILOT));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from organization where id in ('"
                + buyer + "', '" + lead + "', '" + partner + "')") == 3);
        String english = person(partner, "SUPPLIER", "en");
        String french = person(partner, "SUPPLIER", "fr");
        // not a kind one turns off: this person turned off every kind there is, and still hears of it
        update("insert into preference (account_id, alerts_consent, kinds_off) values ('" + french.substring(0, 36)
                + "', false, '{MATCHED,AMENDED,CANCELLED,OUTCOME,ANSWERED,REMINDER,DECLARED,WEEKLY}')");
        String ofTheLead = person(lead, "SUPPLIER", "fr");
        UUID opportunity = UUID.randomUUID();
        platform.state(opportunity, buyer, OpportunityEventTypes.PUBLISHED_V1, "Traiteur du gala", "Gala catering", "PUBLISHED", null,
                Platform.DEADLINE);

        String event = named(opportunity, lead, List.of(partner));
        platform.resend(ContractsTopics.OPPORTUNITIES, opportunity.toString(), event, OpportunityEventTypes.PARTNERS_NAMED_V1,
                body(opportunity, lead, List.of(partner)));
        // the same response submitted again, naming the same partner: no second message
        named(opportunity, lead, List.of(partner));
        // on the same key, after them: another partner whose message marks the end
        UUID marked = platform.organization("ENTERPRISE", "Repère", "ACTIVE", List.of(PILOT));
        String marker = person(marked, "SUPPLIER", "fr");
        named(opportunity, lead, List.of(marked));

        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.to(smtp, english).length == 1 && Mailbox.to(smtp, french).length == 1
                && Mailbox.to(smtp, marker).length == 1);
        assertThat(Mailbox.to(smtp, ofTheLead)).as("the lead knows whom it named").isEmpty();

        MimeMessage en = Mailbox.to(smtp, english)[0];
        assertThat(en.getSubject()).isEqualTo("Partner in a joint response: Gala catering");
        assertThat(en.getHeader("Content-Language")[0]).isEqualTo("en");
        assertThat(en.getHeader("List-Unsubscribe")).isNull();
        assertThat(Mailbox.part(en, "text/plain"))
                .contains("Traiteur Chef de file named your enterprise as partner in its response to the opportunity \"Gala catering\" of Ville de Sherbrooke.")
                .contains("Deadline: February 15, 2027 at 12:00").contains("(Montréal time)")
                .contains("only if it confirms its part before the deadline")
                .contains("http://localhost:8080/supplier/opportunities/" + opportunity + "#partnerships");

        MimeMessage fr = Mailbox.to(smtp, french)[0];
        assertThat(fr.getSubject()).isEqualTo("Partenaire d'une réponse conjointe : Traiteur du gala");
        assertThat(Mailbox.part(fr, "text/plain"))
                .contains("Traiteur Chef de file a nommé votre entreprise comme partenaire de sa réponse à l'occasion « Traiteur du gala » de Ville de Sherbrooke.")
                .contains("Date limite : 15 février 2027 à 12 h 00 (heure de Montréal).");
        assertThat(Mailbox.part(fr, "text/html")).contains("<html lang=\"fr\">")
                .contains("<a href=\"http://localhost:8080/supplier/opportunities/" + opportunity + "#partnerships\">");

        assertThat(Mailbox.to(smtp, english)).hasSize(1);
        assertThat(Mailbox.to(smtp, french)).hasSize(1);
        // sent and recorded: one row per person, the batch's transaction committed
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from outgoing_message where kind = 'PARTNER_NAMED' and opportunity_id = '"
                + opportunity + "' and organization_id = '" + lead + "' and status = 'SENT'") == 3);
        assertThat(count("select count(*) from outgoing_message where opportunity_id = '" + opportunity + "'")).isEqualTo(3);
    }

    private String person(UUID organization, String role, String language) {
        UUID account = UUID.randomUUID();
        String email = account + "@" + role.toLowerCase() + ".test";
        platform.account(account, organization, role, email, language);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from recipient where account_id = '" + account + "'") == 1);
        return email;
    }

    private String named(UUID opportunity, UUID lead, List<UUID> partners) {
        return platform.send(ContractsTopics.OPPORTUNITIES, opportunity.toString(), OpportunityEventTypes.PARTNERS_NAMED_V1,
                body(opportunity, lead, partners));
    }

    private static String body(UUID opportunity, UUID lead, List<UUID> partners) {
        return """
                {"opportunityId":"%s","responseId":"%s","leadEnterpriseId":"%s","partnerIds":%s,"occurredAt":"%s"}"""
                .formatted(opportunity, UUID.randomUUID(), lead, Platform.json(partners.stream().map(UUID::toString).toList()),
                        java.time.Instant.now());
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
