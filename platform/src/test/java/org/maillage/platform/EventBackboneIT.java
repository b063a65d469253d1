package org.maillage.platform;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.health.indicator.HealthResult;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import org.maillage.devstack.KafkaBroker;
import org.maillage.platform.health.PublicHealthController;
import org.maillage.platform.inbox.DeadLetterWatch;
import org.maillage.platform.inbox.DeadLetters;
import org.maillage.platform.outbox.OutboxRelay;
import org.maillage.platform.testapp.Widgets;
import org.maillage.testkit.EntityMapping;
import org.maillage.testkit.TestEvents;
import org.maillage.testkit.TestInfrastructure;
import org.maillage.testkit.TestInfrastructure.Database;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The event backbone against a real PostgreSQL and a real Kafka broker, with the faults injected:
 * a broker outage, a redelivered event, a poison event, two instances of one service.
 */
/*
 * Each test starts services of its own (not the module's shared test application, TestAppIT), on a database and topics
 * of its own: a fault is injected into them (a broker of the test's own stopped, a second instance), and what is checked
 * is all they hold (every row of the read model and the outbox, every dead letter, the counters since start).
 */
class EventBackboneIT {

    private final TestInfrastructure infra = TestInfrastructure.get();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        // contexts first, then any broker of the test's own: the other way round, consumers hang on retries
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    @Test
    void everyChangeCommittedWhileTheBrokerIsDownReachesTheReadModelExactlyOnce() throws Exception {
        Path brokerDir = Files.createTempDirectory("outage-broker");
        KafkaBroker broker = new KafkaBroker(brokerDir, TestInfrastructure.freePort(), TestInfrastructure.freePort()).start();
        toClose.add(() -> {
            broker.stop();
            TestInfrastructure.deleteRecursively(brokerDir);
        });
        Database db = infra.newDatabase("outage");
        ApplicationContext app = service(db, broker.bootstrapServers(), TestInfrastructure.newTopicPrefix());
        Widgets widgets = app.getBean(Widgets.class);

        for (int i = 0; i < 20; i++) {
            widgets.create("before-" + i);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> count(db, "select count(*) from widget_seen") == 20);

        ListAppender<ILoggingEvent> relayLog = new ListAppender<>();
        relayLog.start();
        Logger relayLogger = (Logger) LoggerFactory.getLogger(OutboxRelay.class);
        relayLogger.addAppender(relayLog);
        toClose.add(() -> relayLogger.detachAppender(relayLog));
        broker.stop();
        for (int i = 0; i < 30; i++) {
            widgets.create("during-" + i);
        }
        assertThat(count(db, "select count(*) from widget")).isEqualTo(50);
        assertThat(count(db, "select count(*) from outbox_event where published_at is null")).isEqualTo(30);
        // the outage outlasts the producer's delivery timeout (10 s): the batch fails, and the relay must live on to retry it
        await().atMost(Duration.ofSeconds(60)).until(() -> relayLog.list.stream()
                .anyMatch(e -> e.getFormattedMessage().startsWith("outbox relay failed")));

        broker.start();
        await().atMost(Duration.ofSeconds(90)).until(() -> count(db, "select count(*) from widget_seen") >= 50);
        await().atMost(Duration.ofSeconds(30)).until(() -> count(db, "select count(*) from outbox_event where published_at is null") == 0);

        assertThat(count(db, "select count(*) from widget_seen")).isEqualTo(50);
        assertThat(count(db, "select count(distinct widget_id) from widget_seen")).isEqualTo(50);
        assertThat(count(db, "select count(*) from widget w where not exists (select 1 from widget_seen s where s.widget_id = w.id)")).isZero();
    }

    @Test
    void theSameEventDeliveredTwiceChangesNothing() throws Exception {
        Database db = infra.newDatabase("dedupe");
        String prefix = TestInfrastructure.newTopicPrefix();
        ApplicationContext app = service(db, infra.kafkaBootstrapServers(), prefix);
        Widgets widgets = app.getBean(Widgets.class);

        UUID id = widgets.create("twice");
        await().atMost(Duration.ofSeconds(30)).until(() -> count(db, "select count(*) from widget_seen") == 1);

        ConsumerRecord<String, byte[]> original = TestEvents.readAll(infra.kafkaBootstrapServers(), prefix + Widgets.TOPIC, 1).get(0);
        try (KafkaProducer<String, byte[]> producer = producer()) {
            ProducerRecord<String, byte[]> again = new ProducerRecord<>(original.topic(), null, original.key(), original.value(), original.headers());
            producer.send(again).get();
        }
        // a later event of the same aggregate lands on the same partition, after the duplicate
        widgets.rename(id, "twice-renamed", 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> count(db, "select count(*) from widget_seen where revision = 1") == 1);

        assertThat(TestEvents.readAll(infra.kafkaBootstrapServers(), prefix + Widgets.TOPIC, 3)).hasSize(3);
        assertThat(count(db, "select count(*) from widget_seen where widget_id = '" + id + "'")).isEqualTo(2);
        assertThat(count(db, "select count(*) from widget_seen where type = '" + Widgets.CREATED + "'")).isEqualTo(1);
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndTheNextEventIsStillHandled() throws Exception {
        Database db = infra.newDatabase("poison");
        String prefix = TestInfrastructure.newTopicPrefix();
        ApplicationContext app = service(db, infra.kafkaBootstrapServers(), prefix);
        Widgets widgets = app.getBean(Widgets.class);

        UUID id = widgets.create("poison");
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>(prefix + Widgets.TOPIC, id.toString(), "not a cloud event".getBytes(StandardCharsets.UTF_8))).get();
        }
        widgets.rename(id, "cured", 1);

        await().atMost(Duration.ofSeconds(60)).until(() -> count(db, "select count(*) from widget_seen where revision = 1") == 1);
        List<ConsumerRecord<String, byte[]>> dead = TestEvents.readAll(infra.kafkaBootstrapServers(), prefix + Widgets.TOPIC + ".dlt", 2);
        assertThat(dead).hasSize(2);
        // the relayed poison event and the raw record may reach the topic in either order
        ConsumerRecord<String, byte[]> poison = dead.stream()
                .filter(r -> TestEvents.header(r, DeadLetters.ERROR_MESSAGE).contains("is poison")).findFirst().orElseThrow();
        ConsumerRecord<String, byte[]> garbage = dead.stream().filter(r -> r != poison).findFirst().orElseThrow();
        assertThat(TestEvents.header(poison, DeadLetters.ATTEMPTS)).isEqualTo("3");
        assertThat(TestEvents.header(garbage, DeadLetters.ERROR_CLASS)).contains("CloudEvent");
        assertThat(TestEvents.header(garbage, DeadLetters.ATTEMPTS)).isEqualTo("1");
        assertThat(new String(garbage.value(), StandardCharsets.UTF_8)).isEqualTo("not a cloud event");
        assertThat(TestEvents.header(garbage, DeadLetters.ORIGIN)).startsWith(prefix + Widgets.TOPIC + "/");
        assertThat(count(db, "select count(*) from widget_seen")).isEqualTo(1);

        // issue 26: never silent. Counted per topic and consumer, and on the detailed health; the public health stays UP
        Counter counter = app.getBean(MeterRegistry.class).find(DeadLetterWatch.METER).tag("topic", prefix + Widgets.TOPIC)
                .tag("consumer", "widget-projection").counter();
        assertThat(counter).isNotNull();
        assertThat(counter.count()).isEqualTo(2.0);
        HealthResult detailed = Mono.from(app.getBean(HealthEndpoint.class).getHealth(null)).block();
        assertThat(detailed.getStatus()).isEqualTo(DeadLetterWatch.DEAD_LETTERED);
        HealthResult watch = Mono.from(app.getBean(DeadLetterWatch.class).getResult()).block();
        assertThat(watch.getStatus()).isEqualTo(DeadLetterWatch.DEAD_LETTERED);
        assertThat(watch.getDetails().toString()).contains("sinceStart=2").contains(prefix + Widgets.TOPIC + " / widget-projection=2");
        var publicHealth = Mono.from(app.getBean(PublicHealthController.class).status()).block();
        assertThat(publicHealth.code()).isEqualTo(200);
        assertThat(publicHealth.body()).isEqualTo(Map.of("status", "UP"));
    }

    @Test
    void anEventFromAnotherSourceOrFromTheFutureIsDeadLetteredAndChangesNothing() throws Exception {
        Database db = infra.newDatabase("forged");
        String prefix = TestInfrastructure.newTopicPrefix();
        ApplicationContext app = service(db, infra.kafkaBootstrapServers(), prefix);
        Widgets widgets = app.getBean(Widgets.class);

        UUID id = widgets.create("honest");
        await().atMost(Duration.ofSeconds(30)).until(() -> count(db, "select count(*) from widget_seen") == 1);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String forged = "{\"widgetId\":\"" + id + "\",\"name\":\"forged\",\"revision\":99,\"occurredAt\":\"%s\"}";
        try (KafkaProducer<String, byte[]> producer = producer()) {
            send(producer, prefix, id, "/maillage/intruder", now, forged.formatted(now.toInstant()));
            send(producer, prefix, id, "/maillage/widget-test", now.plusYears(50), forged.formatted(now.toInstant()));
            send(producer, prefix, id, "/maillage/widget-test", now, forged.formatted(now.plusYears(50).toInstant()));
        }
        widgets.rename(id, "honest-renamed", 1);

        await().atMost(Duration.ofSeconds(60)).until(() -> count(db, "select count(*) from widget_seen where revision = 1") == 1);
        assertThat(count(db, "select count(*) from widget_seen where revision = 99")).isZero();
        List<ConsumerRecord<String, byte[]>> dead = TestEvents.readAll(infra.kafkaBootstrapServers(), prefix + Widgets.TOPIC + ".dlt", 3);
        assertThat(dead).hasSize(3).allSatisfy(r -> {
            assertThat(TestEvents.header(r, DeadLetters.ERROR_CLASS)).endsWith("UntrustedEventException");
            assertThat(TestEvents.header(r, DeadLetters.ATTEMPTS)).isEqualTo("1");
        });
        assertThat(dead).extracting(r -> TestEvents.header(r, DeadLetters.ERROR_MESSAGE))
                .anySatisfy(m -> assertThat(m).contains("/maillage/intruder"))
                .anySatisfy(m -> assertThat(m).contains("is dated"))
                .anySatisfy(m -> assertThat(m).contains("occurred at"));
    }

    private static void send(KafkaProducer<String, byte[]> producer, String prefix, UUID id, String source, OffsetDateTime time,
                             String json) throws Exception {
        CloudEvent event = CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create(source))
                .withType(Widgets.RENAMED).withSubject(id.toString()).withTime(time)
                .withDataContentType("application/json").withData(json.getBytes(StandardCharsets.UTF_8)).build();
        producer.send(KafkaMessageFactory.createWriter(prefix + Widgets.TOPIC, null, null, id.toString()).writeBinary(event)).get();
    }

    @Test
    void twoInstancesOfAServicePublishEveryEventOnceAndInOrderPerAggregate() throws Exception {
        Database db = infra.newDatabase("twins");
        String prefix = TestInfrastructure.newTopicPrefix();
        ApplicationContext first = service(db, infra.kafkaBootstrapServers(), prefix);
        ApplicationContext second = service(db, infra.kafkaBootstrapServers(), prefix);
        Widgets[] instances = {first.getBean(Widgets.class), second.getBean(Widgets.class)};

        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(instances[i % 2].create("w" + i));
        }
        for (int revision = 1; revision <= 10; revision++) {
            for (int i = 0; i < ids.size(); i++) {
                instances[(i + revision) % 2].rename(ids.get(i), "w" + i + "r" + revision, revision);
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> count(db, "select count(*) from widget_seen") >= 110);

        assertThat(count(db, "select count(*) from widget_seen")).isEqualTo(110);
        assertThat(count(db, "select count(distinct event_id) from widget_seen")).isEqualTo(110);
        // in the order applied, each widget's revisions only ever go up
        assertThat(count(db, """
                select count(*) from (select revision, lag(revision) over (partition by widget_id order by n) as previous
                from widget_seen) r where previous is not null and revision <= previous""")).isZero();
    }

    /** The outbox and inbox rows read back through their repositories, every column mapped (issue 20). */
    @Test
    void theOutboxAndInboxEntitiesMapOntoTheirTables() throws Exception {
        Database db = infra.newDatabase("mapping");
        ApplicationContext app = service(db, infra.kafkaBootstrapServers(), TestInfrastructure.newTopicPrefix());
        app.getBean(Widgets.class).create("mapped");
        await().atMost(Duration.ofSeconds(60)).until(() -> count(db, "select count(*) from widget_seen") == 1
                && count(db, "select count(*) from outbox_event where published_at is not null and traceparent is null") == 1);

        EntityMapping.Report report = EntityMapping.check(app, db, Set.of("flyway_schema_history", "widget", "widget_seen"), Map.of());

        assertThat(report.problems()).isEmpty();
        assertThat(report.rowsRead()).isEqualTo(Map.of("outbox_event", 1, "inbox_event", 1));
    }

    private ApplicationContext service(Database db, String bootstrap, String prefix) {
        Map<String, Object> props = new HashMap<>(db.properties());
        props.put("micronaut.application.name", "widget-test");
        props.put("datasources.default.dialect", "POSTGRES");
        props.put("flyway.datasources.default.enabled", true);
        props.put("flyway.datasources.default.locations", List.of("classpath:db/platform", "classpath:db/testapp"));
        props.put("kafka.bootstrap.servers", bootstrap);
        props.put("maillage.kafka.topic-prefix", prefix);
        props.put("maillage.kafka.topics", List.of(Widgets.TOPIC));
        props.put("test.widget-consumer", "true");
        props.put("maillage.events.owners.widget-test", List.of(Widgets.TOPIC));
        // no HTTP server here: the indicator that waits for one would say DOWN and hide what the health tests look at
        props.put("endpoints.health.service-ready-indicator-enabled", false);
        ApplicationContext ctx = ApplicationContext.run(props);
        toClose.add(0, ctx);
        return ctx;
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of("bootstrap.servers", infra.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static long count(Database db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
