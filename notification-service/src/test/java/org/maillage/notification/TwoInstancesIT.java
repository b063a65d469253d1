package org.maillage.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.context.ApplicationContext;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.notification.digest.Digests;
import org.maillage.notification.reminder.DeadlineReminders;
import org.maillage.notification.weekly.WeeklySummaries;
import org.maillage.testkit.ServiceUnderTest;
import org.maillage.testkit.TestInfrastructure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the service on one database, each with two sending threads and its own SMTP server, so that what
 * each sent can be told apart: every message of every kind goes out once between them, and the periodic jobs, run by
 * both at the same moment, queue each message once.
 */
class TwoInstancesIT {

    private static final int PEOPLE = 50;

    private final ServiceUnderTest service = ServiceUnderTest.create("notification_two", List.of(DirectoryTopics.ORGANIZATIONS,
            DirectoryTopics.ACCOUNTS, DirectoryTopics.APPLICATIONS, ContractsTopics.OPPORTUNITIES, ContractsTopics.CONTRACTS));
    private final GreenMail smtpA = new GreenMail(new ServerSetup(TestInfrastructure.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private final GreenMail smtpB = new GreenMail(new ServerSetup(TestInfrastructure.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @AfterEach
    void stop() {
        smtpA.stop();
        smtpB.stop();
    }

    @Test
    void everyMessageOfEveryKindIsSentOnceBetweenTwoInstances() throws Exception {
        smtpA.start();
        smtpB.start();
        try (ApplicationContext a = start(smtpA); ApplicationContext b = start(smtpB)) {
            // queued at once, in one transaction, while both instances poll
            UUID organization = UUID.randomUUID();
            UUID opportunity = UUID.randomUUID();
            List<String> sql = new ArrayList<>(List.of(organization(organization, UUID.randomUUID()),
                    "insert into opportunity (id, title_fr, title_en, deadline, status, changed_at) values ('" + opportunity
                            + "', 'Traiteur', 'Catering', now() + interval '30 days', 'PUBLISHED', now())"));
            for (int i = 0; i < PEOPLE; i++) {
                UUID account = UUID.randomUUID();
                sql.add(person(account, organization, "SUPPLIER", "p" + i + "@two.test", i % 2 == 0 ? "fr" : "en"));
                sql.add("insert into outgoing_message (message_key, kind, event_id, account_id, opportunity_id) values ('ev-matched|"
                        + account + "|MATCHED', 'MATCHED', 'ev-matched', '" + account + "', '" + opportunity + "')");
                sql.add("insert into outgoing_message (message_key, kind, event_id, account_id, organization_id, pilot_name, organization_name)"
                        + " values ('invitation|ev-invited|" + account + "', 'PILOT_INVITATION', 'ev-invited', '" + account + "', '"
                        + organization + "', 'Pilote de l''Estrie', 'Coop')");
                sql.add("insert into outgoing_message (message_key, kind, event_id, account_id) values ('account|ev-changed-" + i
                        + "', 'PASSWORD_CHANGED', 'ev-changed-" + i + "', '" + account + "')");
                sql.add("insert into outgoing_message (message_key, kind, event_id, email, language, organization_id, organization_name, reason)"
                        + " values ('applicant|ev-refused-" + i + "', 'APPLICATION_REFUSED', 'ev-refused-" + i + "', 'applicant" + i
                        + "@two.test', 'fr', '" + UUID.randomUUID() + "', 'Candidate " + i + "', 'Hors région')");
            }
            execute(sql);
            int queued = PEOPLE * 4;

            await().atMost(Duration.ofSeconds(90)).until(() -> count("select count(*) from outgoing_message where status = 'SENT'") == queued);
            assertThat(count("select count(*) from outgoing_message where status <> 'SENT' or attempts <> 1")).isZero();
            List<String> ids = messageIds();
            assertThat(ids).hasSize(queued).doesNotHaveDuplicates();
            assertThat(smtpA.getReceivedMessages()).as("the first instance sent some").isNotEmpty();
            assertThat(smtpB.getReceivedMessages()).as("the second instance sent some").isNotEmpty();
        }
    }

    @Test
    void periodicJobsRunByBothInstancesAtOnceQueueEachMessageOnce() throws Exception {
        smtpA.start();
        smtpB.start();
        try (ApplicationContext a = start(smtpA); ApplicationContext b = start(smtpB)) {
            UUID pilot = UUID.randomUUID();
            UUID enterprise = UUID.randomUUID();
            UUID opportunity = UUID.randomUUID();
            List<String> sql = new ArrayList<>(List.of(organization(enterprise, pilot),
                    // waits for the coordinators' approval: the weekly summary has something to say
                    "insert into organization (id, kind, name, status, pilots, changed_at) values ('" + UUID.randomUUID()
                            + "', 'ENTERPRISE', 'Coop en attente', 'PENDING', '{" + pilot + "}', now())",
                    "insert into opportunity (id, title_fr, title_en, deadline, status, changed_at) values ('" + opportunity
                            + "', 'Traiteur urgent', 'Urgent catering', now() + interval '30 hours', 'PUBLISHED', now())",
                    "insert into engagement (opportunity_id, enterprise_id, interested) values ('" + opportunity + "', '" + enterprise + "', true)"));
            for (int i = 0; i < 10; i++) {
                UUID coordinator = UUID.randomUUID();
                sql.add("insert into recipient (account_id, role, email, language, pilots, changed_at) values ('" + coordinator
                        + "', 'COORDINATOR', 'c" + i + "@two.test', 'fr', '{" + pilot + "}', now())");
                UUID supplier = UUID.randomUUID();
                sql.add(person(supplier, enterprise, "SUPPLIER", "s" + i + "@two.test", "en"));
                // an alert waiting for the person's digest, due at any hour
                sql.add("insert into preference (account_id, delivery, digest_hour, alerts_consent) values ('" + supplier + "', 'DIGEST', 0, true)");
                sql.add("insert into outgoing_message (message_key, kind, event_id, account_id, opportunity_id, delivery) values ('ev|"
                        + supplier + "|MATCHED', 'MATCHED', 'ev', '" + supplier + "', '" + opportunity + "', 'DIGEST')");
            }
            execute(sql);

            Instant now = Instant.now();
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<Void>> runs = Stream.of(a, b).map(context -> CompletableFuture.runAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                context.getBean(WeeklySummaries.class).write(now);
                context.getBean(DeadlineReminders.class).remind();
                context.getBean(Digests.class).runDue(now);
            })).toList();
            go.countDown();
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

            await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from outgoing_message where status = 'SENT'") == 30);
            assertThat(count("select count(*) from outgoing_message where kind = 'WEEKLY'")).isEqualTo(10);
            assertThat(count("select count(*) from outgoing_message where kind = 'REMINDER'")).isEqualTo(10);
            assertThat(count("select count(*) from outgoing_message where kind = 'DIGEST'")).isEqualTo(10);
            assertThat(count("select count(*) from outgoing_message where kind = 'MATCHED' and status = 'DIGESTED'")).isEqualTo(10);
            assertThat(messageIds()).hasSize(30).doesNotHaveDuplicates();
        }
    }

    private ApplicationContext start(GreenMail smtp) {
        Map<String, Object> p = new HashMap<>(service.properties());
        p.put("micronaut.server.port", -1);
        p.put("maillage.mail.smtp.port", smtp.getSmtp().getPort());
        p.put("maillage.mail.senders", 2);
        p.put("maillage.mail.batch-size", 5);
        p.put("maillage.mail.poll-ms", 50);
        p.put("maillage.mail.digest-every", "1h");
        p.put("maillage.mail.reminders.every", "1h");
        return ApplicationContext.builder().properties(p).start();
    }

    private List<String> messageIds() {
        return Stream.concat(Stream.of(smtpA.getReceivedMessages()), Stream.of(smtpB.getReceivedMessages())).map(TwoInstancesIT::messageId)
                .toList();
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String organization(UUID id, UUID pilot) {
        return "insert into organization (id, kind, name, status, pilots, changed_at) values ('" + id + "', 'ENTERPRISE', 'Coop', 'ACTIVE', '{"
                + pilot + "}', now())";
    }

    private static String person(UUID account, UUID organization, String role, String email, String language) {
        return "insert into recipient (account_id, organization_id, role, email, language, changed_at) values ('" + account + "', '"
                + organization + "', '" + role + "', '" + email + "', '" + language + "', now())";
    }

    private void execute(List<String> statements) throws Exception {
        try (Connection c = service.database().connect()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String s : statements) {
                    st.addBatch(s);
                }
                st.executeBatch();
            }
            c.commit();
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
