package org.maillage.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.context.ApplicationContext;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.testkit.ServiceUnderTest;
import org.maillage.testkit.TestInfrastructure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The worst restart: the service stops after sending, and its consumer offsets are lost, so the new instance reads
 * every event again from the start of the topics. The inbox and the messages' unique key make it send nothing twice.
 */
class RestartIT {

    private final ServiceUnderTest service = ServiceUnderTest.create("notification_restart",
            List.of(DirectoryTopics.ORGANIZATIONS, DirectoryTopics.ACCOUNTS, ContractsTopics.OPPORTUNITIES));
    private final Platform platform = new Platform(service);
    private final ServerSetup setup = new ServerSetup(TestInfrastructure.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private final GreenMail smtp = new GreenMail(setup);

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void aRestartedServiceThatReadsEveryEventAgainSendsNothingTwice() throws Exception {
        smtp.start();
        UUID coop = platform.enterprise(List.of("traiteur"), List.of("06"));
        UUID account = UUID.randomUUID();
        UUID opportunity = UUID.randomUUID();
        try (ApplicationContext first = start()) {
            platform.account(account, coop, "restart@coop.test", "fr");
            await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from recipient") == 1);
            update("insert into preference (account_id, alerts_consent, consented_at) values ('" + account + "', true, now())");
            platform.publish(opportunity, "Entretien", "Maintenance", List.of(coop));
            platform.interest(opportunity, coop);
            platform.state(opportunity, OpportunityEventTypes.AMENDED_V1, "Entretien", "Maintenance", "PUBLISHED", null);
            await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessages().length == 2);
        }

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, service.kafkaBootstrapServers()))) {
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> admin
                    .deleteConsumerGroups(List.of(service.topicPrefix() + "notification-service")).all().get(10, TimeUnit.SECONDS));
        }

        try (ApplicationContext second = start()) {
            // after every earlier event of this opportunity's partition has been read again
            String marker = platform.state(opportunity, OpportunityEventTypes.CLOSED_V1, "Entretien", "Maintenance", "CLOSED", null);
            await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from inbox_event where event_id = '" + marker + "'") == 1);
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    count("select count(*) from outgoing_message where status = 'PENDING' and delivery = 'IMMEDIATE'") == 0);
            assertThat(smtp.getReceivedMessages()).hasSize(2);
            assertThat(count("select count(*) from outgoing_message")).isEqualTo(2);
        }
    }

    private ApplicationContext start() {
        Map<String, Object> p = new HashMap<>(service.properties());
        p.put("micronaut.server.port", -1);
        p.put("maillage.mail.smtp.port", setup.getPort());
        p.put("maillage.mail.poll-ms", 100);
        return ApplicationContext.builder().properties(p).start();
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
