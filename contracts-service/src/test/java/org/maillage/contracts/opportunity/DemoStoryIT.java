package org.maillage.contracts.opportunity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.contracts.Fixtures;
import org.maillage.contracts.OwnContractsServiceIT;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.platform.demo.DemoTime;
import org.maillage.testkit.TestEvents;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.maillage.contracts.Fixtures.assertProblem;

/**
 * The demo loader tells a call for tenders of 2014 through the API: published, answered and awarded at the story's
 * moments, although the scheduler closes it (in today's time) as soon as it is published; and its events keep their
 * order by date, so the award is what every projection ends with.
 */
/*
 * A context, database and topics of its own, not the module's shared one (ContractsServiceIT): its service holds the
 * demo's backdating key, which no other class's service may accept, and its closer runs every 500 ms.
 */
@MicronautTest(transactional = false)
class DemoStoryIT extends OwnContractsServiceIT {

    private static final String KEY = "demo-story-key-0123456789abcdef";
    private final UUID city = UUID.randomUUID();
    private final UUID coop = UUID.randomUUID();
    private final UUID traiteur = UUID.randomUUID();

    DemoStoryIT() {
        super("demostory");
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new java.util.HashMap<>(super.getProperties());
        p.put("maillage.demo.backdating.key", KEY);
        p.put("maillage.opportunities.closer.every", "500ms");
        return p;
    }

    @BeforeAll
    void knownOrganizations() {
        Fixtures.register(service, city, "INSTITUTION", "ACTIVE", "90100000", "06", List.of());
        Fixtures.register(service, coop, "ENTERPRISE", "ACTIVE", "90100000", "06", List.of());
        Fixtures.register(service, traiteur, "ENTERPRISE", "ACTIVE", "90100000", "06", List.of());
        Fixtures.awaitKnown(service, city, coop, traiteur);
    }

    @Test
    void aCallOf2014IsPublishedAnsweredAndAwardedAtTheMomentsOfItsStory() {
        String buyer = tokens.token("BUYER", city, List.of());
        String id = (String) at("2014-04-07T09:00:00-04:00", HttpRequest.POST("/api/opportunities", Map.of("titleFr", "Traiteur 2014",
                "categories", List.of("90100000"), "regions", List.of("06"), "method", "INVITATION", "deadline", "2014-04-28T14:00")), buyer)
                .get("id");
        Map<String, Object> published = at("2014-04-07T09:30:00-04:00", HttpRequest.POST("/api/opportunities/" + id + "/publish", ""), buyer);
        assertThat(published).containsEntry("publishedAt", "2014-04-07T13:30:00Z");

        // the scheduler closes it in today's time, at its deadline of 2014
        String notice = "/api/opportunities/" + id;
        await().atMost(Duration.ofSeconds(30)).until(() -> "CLOSED".equals(http.toBlocking().retrieve(HttpRequest.GET(notice), JSON).get("status")));
        assertThat(http.toBlocking().retrieve(HttpRequest.GET(notice), JSON)).containsEntry("closedAt", "2014-04-28T18:00:00Z");

        // today, no one can answer it any more; in the story, before its deadline, the enterprises do
        String coopToken = tokens.token("SUPPLIER", coop, List.of());
        String traiteurToken = tokens.token("SUPPLIER", traiteur, List.of());
        String mine = "/api/opportunities/" + id + "/responses/mine";
        assertProblem(409, "deadline", () -> respond(null, mine, coopToken, 31_000));
        http.toBlocking().exchange(HttpRequest.POST(notice + "/interest", Map.of("interested", true)).bearerAuth(coopToken)
                .header(DemoTime.TIME_HEADER, "2014-04-10T09:00:00-04:00").header(DemoTime.KEY_HEADER, KEY));
        String cheapest = (String) respond("2014-04-11T09:00:00-04:00", mine, coopToken, 29_500).get("id");
        respond("2014-04-11T09:10:00-04:00", mine, traiteurToken, 33_000);
        // and a moment after the deadline is after the deadline, in the story too
        assertProblem(409, "deadline", () -> respond("2014-04-28T14:00:01-04:00", mine, traiteurToken, 30_000));

        Map<String, Object> contract = at("2014-05-05T10:00:00-04:00", HttpRequest.POST(notice + "/award", Map.of("responseId", cheapest,
                "startsOn", "2014-05-19", "endsOn", "2015-05-18")), buyer);
        assertThat(contract.get("supplierIds")).isEqualTo(List.of(coop.toString()));
        assertThat(http.toBlocking().retrieve(HttpRequest.GET(notice), JSON)).containsEntry("status", "AWARDED").containsEntry("publishedAt", "2014-04-07T13:30:00Z");

        // the events carry the story's dates in order: published, closed at the deadline, awarded
        List<ConsumerRecord<String, byte[]>> states = await().atMost(Duration.ofSeconds(20)).until(() -> states(id),
                l -> l.stream().anyMatch(r -> OpportunityEventTypes.AWARDED_V1.equals(TestEvents.header(r, "ce_type"))));
        assertThat(states).extracting(r -> TestEvents.header(r, "ce_type"))
                .containsExactly(OpportunityEventTypes.PUBLISHED_V1, OpportunityEventTypes.CLOSED_V1, OpportunityEventTypes.AWARDED_V1);
        assertThat(states).extracting(r -> new String(r.value(), StandardCharsets.UTF_8).replace(" ", ""))
                .satisfiesExactly(p -> assertThat(p).contains("\"occurredAt\":\"2014-04-07T13:30:00Z\""),
                        c -> assertThat(c).contains("\"occurredAt\":\"2014-04-28T18:00:00Z\""),
                        a -> assertThat(a).contains("\"occurredAt\":\"2014-05-05T14:00:00Z\""));
    }

    @Test
    void withoutTheRunsKeyNoOneDatesAWrite() {
        String buyer = tokens.token("BUYER", city, List.of());
        MutableHttpRequest<?> draft = HttpRequest.POST("/api/opportunities", Map.of("titleFr", "Antidaté", "categories", List.of("90100000"),
                "regions", List.of("06"), "method", "INVITATION", "deadline", "2014-04-28T14:00"))
                .header(DemoTime.TIME_HEADER, "2014-04-07T09:00:00-04:00").header(DemoTime.KEY_HEADER, "not-the-key");
        Fixtures.assertStatus(403, () -> http.toBlocking().exchange(draft.bearerAuth(buyer)));
    }

    private Map<String, Object> respond(String when, String mine, String token, int price) {
        return at(when, HttpRequest.PUT(mine, Map.of("priceCad", price, "proposal", "Buffet pour 80 personnes")), token);
    }

    private Map<String, Object> at(String when, MutableHttpRequest<?> request, String token) {
        if (when != null) {
            request.header(DemoTime.TIME_HEADER, when).header(DemoTime.KEY_HEADER, KEY);
        }
        return http.toBlocking().retrieve(request.bearerAuth(token), JSON);
    }

    private List<ConsumerRecord<String, byte[]>> states(String opportunity) {
        List<String> types = List.of(OpportunityEventTypes.PUBLISHED_V1, OpportunityEventTypes.CLOSED_V1, OpportunityEventTypes.AWARDED_V1);
        return TestEvents.readAll(service.kafkaBootstrapServers(), service.topicPrefix() + ContractsTopics.OPPORTUNITIES, 1).stream()
                .filter(r -> opportunity.equals(r.key())).filter(r -> types.contains(TestEvents.header(r, "ce_type"))).toList();
    }
}
