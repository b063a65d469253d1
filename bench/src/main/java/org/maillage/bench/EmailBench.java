package org.maillage.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.devstack.ServiceProcess;
import org.maillage.devstack.ServiceSpec;
import org.maillage.directory.api.AccountEventTypes;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.directory.api.OrganizationEventTypes;
import org.maillage.testkit.ServiceUnderTest;
import org.maillage.testkit.TestEvents;
import org.maillage.testkit.TestInfrastructure;

import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * One opportunity matched to 5,000 enterprises with 2 people each, every person consenting to immediate alerts:
 * from the publication events on the broker to the last message accepted by the SMTP server (GreenMail in this JVM).
 * notification-service runs as its fat jar, with its own database on the real PostgreSQL and the real broker.
 * The directory's organizations and accounts arrive as events; consents are written straight into the preference
 * table (10,000 PUTs would only measure the HTTP API).
 */
public final class EmailBench {

    private static final int ENTERPRISES = 5_000;
    private static final int PEOPLE_EACH = 2;
    private static final int RATE = 1_000;
    private static final int SENDERS = 2;

    private EmailBench() {
    }

    public static void main(String[] args) throws Exception {
        // GreenMail logs each new mailbox: 10,000 lines in the bench's own JVM would be measured too
        System.setProperty("org.slf4j.simpleLogger.log.com.icegreen", "warn");
        Path results = Path.of(args.length > 0 ? args[0] : "bench/results");
        Path root = Path.of(System.getenv().getOrDefault("MAILLAGE_ROOT", ".")).toAbsolutePath().normalize();
        ServiceUnderTest service = ServiceUnderTest.create("notification_bench",
                List.of(DirectoryTopics.ORGANIZATIONS, DirectoryTopics.ACCOUNTS, ContractsTopics.OPPORTUNITIES));
        ServerSetup setup = new ServerSetup(TestInfrastructure.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail smtp = new GreenMail(setup);
        smtp.start();
        Map<String, String> env = new HashMap<>(service.environment());
        env.put("MAILLAGE_MAIL_SMTP_PORT", String.valueOf(setup.getPort()));
        env.put("MAILLAGE_MAIL_RATE_PER_SECOND", String.valueOf(RATE));
        env.put("MAILLAGE_MAIL_MAX_ALERTS_PER_DAY", "100");
        env.put("MAILLAGE_MAIL_SENDERS", String.valueOf(SENDERS));
        ServiceProcess process = ServiceProcess.start(new ServiceSpec("notification-service",
                root.resolve("notification-service/target/notification-service.jar"), TestInfrastructure.freePort(), "notification", env),
                env, Files.createDirectories(Path.of("target", "service-logs")));
        try {
            process.awaitHealthy(Duration.ofSeconds(120));
            List<UUID> enterprises = directory(service);
            consentAll(service);

            UUID opportunity = UUID.randomUUID();
            String prefix = service.topicPrefix();
            String matched = enterprises.stream().map(e -> "\"" + e + "\"").collect(Collectors.joining(","));
            Instant start = Instant.now();
            long t0 = System.nanoTime();
            TestEvents.sendAll(service.kafkaBootstrapServers(), List.of(
                    new TestEvents.Outgoing(prefix + ContractsTopics.OPPORTUNITIES, opportunity.toString(), UUID.randomUUID().toString(),
                            OpportunityEventTypes.PUBLISHED_V1, """
                            {"opportunityId":"%s","buyerId":"%s","buyerKind":"INSTITUTION","titleFr":"Traiteur pour le congrès annuel",
                             "titleEn":"Catering for the annual convention","method":"OPEN","categories":["90100000"],"regions":["06"],
                             "socialClauses":[],"deadline":"2027-02-15T17:00:00Z","status":"PUBLISHED","cancelReason":null,
                             "matchedEnterprises":%d,"occurredAt":"%s"}""".formatted(opportunity, UUID.randomUUID(), ENTERPRISES, start)),
                    new TestEvents.Outgoing(prefix + ContractsTopics.OPPORTUNITIES, opportunity.toString(), UUID.randomUUID().toString(),
                            OpportunityEventTypes.MATCHED_V1, """
                            {"opportunityId":"%s","enterpriseIds":[%s],"occurredAt":"%s"}""".formatted(opportunity, matched, start))));
            int expected = ENTERPRISES * PEOPLE_EACH;
            long[] intentsAt = {0};
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
                if (intentsAt[0] == 0 && count(service, "select count(*) from outgoing_message") >= expected) {
                    intentsAt[0] = System.nanoTime();
                }
                return smtp.getReceivedMessages().length >= expected;
            });
            double seconds = (System.nanoTime() - t0) / 1e9;
            // the machine is shared: say how busy it was, since the figure depends on it
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            double intentSeconds = (intentsAt[0] - t0) / 1e9;
            int received = smtp.getReceivedMessages().length;
            long distinctIds = java.util.Arrays.stream(smtp.getReceivedMessages()).map(m -> {
                try {
                    return m.getMessageID();
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).distinct().count();
            String report = """
                    # Email: one opportunity matched to 5,000 enterprises, 2 people each

                    Measured by `./maillage bench email` on %s (%d cores). notification-service as its fat jar (-Xmx256m,
                    serial GC), its own database on the real PostgreSQL, the real Kafka broker, GreenMail as the SMTP server in
                    the bench's JVM on the loopback. %,d enterprises and %,d people arrive as directory events; every person
                    consented to immediate alerts. Timed from sending the published and matched events to the last message
                    accepted by the SMTP server. Send rate limit set to %,d messages/s; %d sending threads, each keeping one SMTP
                    connection open. Load average of the machine at the end of the run: %.1f.

                    | messages | intents written | last message accepted | messages per second | distinct Message-IDs |
                    |----------|-----------------|-----------------------|---------------------|----------------------|
                    | %,d | %.1f s | %.1f s | %.0f | %,d |
                    """.formatted(Instant.now(), Runtime.getRuntime().availableProcessors(), ENTERPRISES, expected, RATE, SENDERS, load,
                    received, intentSeconds, seconds, received / seconds, distinctIds);
            Files.createDirectories(results);
            Files.writeString(results.resolve("email.md"), report);
            System.out.println(report);
        } finally {
            process.stop();
            smtp.stop();
        }
        System.exit(0);
    }

    /** Registers the enterprises and their people through the directory's topics; waits until the service knows them all. */
    private static List<UUID> directory(ServiceUnderTest service) {
        String prefix = service.topicPrefix();
        List<UUID> enterprises = new ArrayList<>();
        List<TestEvents.Outgoing> events = new ArrayList<>();
        for (int i = 0; i < ENTERPRISES; i++) {
            UUID e = UUID.randomUUID();
            enterprises.add(e);
            events.add(new TestEvents.Outgoing(prefix + DirectoryTopics.ORGANIZATIONS, e.toString(), UUID.randomUUID().toString(),
                    OrganizationEventTypes.REGISTERED_V1, """
                    {"organizationId":"%s","kind":"ENTERPRISE","name":"Entreprise %d","status":"ACTIVE","categories":["90100000"],
                     "regions":["06"],"pilots":[],"occurredAt":"2026-02-01T12:00:00Z"}""".formatted(e, i)));
            for (int p = 0; p < PEOPLE_EACH; p++) {
                UUID account = UUID.randomUUID();
                events.add(new TestEvents.Outgoing(prefix + DirectoryTopics.ACCOUNTS, account.toString(), UUID.randomUUID().toString(),
                        AccountEventTypes.OPENED_V1, """
                        {"accountId":"%s","organizationId":"%s","role":"SUPPLIER","email":"p%d-%d@bench.maillage.local",
                         "language":"%s","occurredAt":"2026-02-01T12:00:00Z"}""".formatted(account, e, i, p, p == 0 ? "fr" : "en")));
            }
        }
        TestEvents.sendAll(service.kafkaBootstrapServers(), events);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() ->
                count(service, "select count(*) from organization") == ENTERPRISES
                        && count(service, "select count(*) from recipient") == ENTERPRISES * PEOPLE_EACH);
        return enterprises;
    }

    private static void consentAll(ServiceUnderTest service) throws Exception {
        try (Connection c = service.database().connect(); Statement st = c.createStatement()) {
            st.execute("""
                    insert into preference (account_id, delivery, alerts_consent, consented_at)
                    select account_id, 'IMMEDIATE', true, now() from recipient""");
        }
    }

    private static int count(ServiceUnderTest service, String sql) throws Exception {
        try (Connection c = service.database().connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
