package org.maillage.contracts.contact;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.contracts.ContractsServiceIT;
import org.maillage.contracts.Fixtures;
import org.maillage.contracts.api.ContactEventTypes;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.testkit.Listings;
import org.maillage.testkit.TestEvents;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.maillage.contracts.Fixtures.assertProblem;
import static org.maillage.contracts.Fixtures.assertStatus;

/** The contact log: a first contact leads to others, seen only by the two parties and the pilot's coordinators. */
class ContactLogIT extends ContractsServiceIT {

    private final UUID pilot = UUID.randomUUID();
    private final UUID otherPilot = UUID.randomUUID();
    private final UUID enterprise = UUID.randomUUID();
    private final UUID hospital = UUID.randomUUID();
    private final UUID college = UUID.randomUUID();
    private final UUID outsider = UUID.randomUUID();

    @BeforeAll
    void knownOrganizations() {
        Fixtures.register(service, enterprise, "ENTERPRISE", "ACTIVE", "90100000", "06", List.of(pilot));
        Fixtures.register(service, hospital, "INSTITUTION", "ACTIVE", "90100000", "06", List.of(pilot));
        Fixtures.register(service, college, "INSTITUTION", "ACTIVE", "90100000", "06", List.of(pilot));
        Fixtures.register(service, outsider, "INSTITUTION", "ACTIVE", "90100000", "06", List.of(otherPilot));
        Fixtures.awaitKnown(service, enterprise, hospital, college, outsider);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFirstContactLeadsToOthersAndTheChainCanBeFollowed() {
        String sales = tokens.token("SUPPLIER", enterprise, List.of());
        Map<String, Object> fair = log(sales, contact(hospital, "2026-01-15", "EVENT", enterprise, null));
        assertThat(fair).containsEntry("firstContact", true).containsEntry("pilotId", pilot.toString());

        Map<String, Object> meeting = log(sales, contact(hospital, "2026-02-01", "MEETING", hospital, fair.get("id")));
        assertThat(meeting).containsEntry("firstContact", false);
        assertThat((List<Map<String, Object>>) meeting.get("chain")).extracting(l -> l.get("id")).containsExactly(fair.get("id"));

        // the hospital's buyer introduced the enterprise to the college
        Map<String, Object> intro = log(sales, contact(college, "2026-02-10", "PHONE", enterprise, meeting.get("id")));
        assertThat(intro).containsEntry("firstContact", true);
        assertThat((List<Map<String, Object>>) intro.get("chain")).extracting(l -> l.get("id"))
                .containsExactly(meeting.get("id"), fair.get("id"));

        // the college sees its own contact, not how the enterprise met the hospital
        String collegeBuyer = tokens.token("BUYER", college, List.of());
        Map<String, Object> seenByCollege = show(collegeBuyer, intro.get("id"));
        assertThat((List<?>) seenByCollege.get("chain")).isEmpty();
        assertStatus(404, () -> show(collegeBuyer, fair.get("id")));
        assertStatus(404, () -> show(tokens.token("BUYER", outsider, List.of()), intro.get("id")));
        assertProblem(400, "introducedByContactId", () -> log(collegeBuyer, contact(college, "2026-03-01", "MEETING", college, fair.get("id"))));

        Map<String, Object> fromFair = show(sales, fair.get("id"));
        assertThat((List<Map<String, Object>>) fromFair.get("ledTo")).extracting(l -> l.get("id")).containsExactly(meeting.get("id"));

        // a contact logged late, but earlier in time, becomes the pair's first: it is derived, not typed
        Map<String, Object> earlier = log(sales, contact(hospital, "2026-01-10", "EMAIL", enterprise, null));
        assertThat(earlier).containsEntry("firstContact", true);
        assertThat(show(sales, fair.get("id"))).containsEntry("firstContact", false);

        String coordinator = tokens.token("COORDINATOR", null, List.of(pilot));
        List<Map<String, Object>> pilotLog = Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/contacts?pilot=" + pilot)
                .bearerAuth(coordinator), JSON));
        assertThat(pilotLog).extracting(c -> c.get("id")).contains(fair.get("id"), meeting.get("id"), intro.get("id"), earlier.get("id"));
        // page by page, two at a time, the same contacts in the same order, the last page saying so
        List<Object> paged = new java.util.ArrayList<>();
        Object cursor = null;
        do {
            Map<String, Object> page = http.toBlocking().retrieve(HttpRequest.GET("/api/contacts?pilot=" + pilot + "&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor)).bearerAuth(coordinator), JSON);
            Listings.items(page).forEach(c -> paged.add(c.get("id")));
            cursor = page.get("next");
        } while (cursor != null);
        assertThat(paged).isEqualTo(pilotLog.stream().map(c -> c.get("id")).toList());
        String strangerCoordinator = tokens.token("COORDINATOR", null, List.of(otherPilot));
        assertStatus(404, () -> show(strangerCoordinator, fair.get("id")));
        assertStatus(403, () -> http.toBlocking().exchange(HttpRequest.GET("/api/contacts?pilot=" + pilot).bearerAuth(strangerCoordinator)));

        Map<String, Object> activity = log(coordinator, contact(college, "2026-02-20", "PILOT_ACTIVITY", college, null));
        assertThat(activity).containsEntry("firstContact", false);
        assertStatus(403, () -> log(strangerCoordinator, contact(college, "2026-02-21", "PILOT_ACTIVITY", college, null)));

        Map<String, Object> followed = put("/api/contacts/" + intro.get("id") + "/follow-up", collegeBuyer,
                Map.of("outcome", "Intéressés par le traiteur", "nextStep", "Envoyer une offre", "followUpOn", "2026-03-15"));
        assertThat(followed).containsEntry("nextStep", "Envoyer une offre").containsEntry("followUpOn", "2026-03-15");

        await().atMost(Duration.ofSeconds(20)).until(() -> events((String) intro.get("id")).size() == 2);
        List<ConsumerRecord<String, byte[]>> introEvents = events((String) intro.get("id"));
        assertThat(introEvents).extracting(r -> TestEvents.header(r, "ce_type"))
                .containsExactly(ContactEventTypes.LOGGED_V1, ContactEventTypes.UPDATED_V1);
        String payload = new String(introEvents.get(0).value());
        assertThat(payload).contains((String) meeting.get("id")).doesNotContain("Résumé");
    }

    @Test
    void badContactsAreRefusedNamingTheField() {
        String sales = tokens.token("SUPPLIER", enterprise, List.of());
        assertProblem(400, "initiatedBy", () -> log(sales, contact(hospital, "2026-01-15", "EVENT", college, null)));
        assertProblem(400, "channel", () -> log(sales, contact(hospital, "2026-01-15", "PIGEON", enterprise, null)));
        assertProblem(400, "occurredOn", () -> log(sales, contact(hospital, LocalDate.now().plusDays(3).toString(), "EVENT", enterprise, null)));
        assertProblem(400, "counterpartId", () -> log(sales, contact(UUID.randomUUID(), "2026-01-15", "EVENT", enterprise, null)));
        assertProblem(400, "pilotId", () -> log(sales, contact(outsider, "2026-01-15", "EVENT", enterprise, null, pilot)));
        Map<String, Object> later = log(sales, contact(hospital, "2026-04-01", "PHONE", enterprise, null));
        assertProblem(400, "introducedByContactId", () -> log(sales, contact(hospital, "2026-03-01", "PHONE", enterprise, later.get("id"))));
        Map<String, Object> notMine = contact(hospital, "2026-01-15", "EVENT", hospital, null);
        assertStatus(403, () -> log(tokens.token("BUYER", college, List.of()), notMine));
        Map<String, Object> wrongWay = contact(hospital, "2026-01-15", "EVENT", hospital, null);
        wrongWay.put("enterpriseId", college.toString());
        assertProblem(400, "enterpriseId", () -> log(sales, wrongWay));
    }

    /** A contact names people of its two organizations only: not a third organization's, nor ids the directory never announced. */
    @Test
    @SuppressWarnings("unchecked")
    void aContactNamesOnlyPeopleOfItsTwoOrganizations() {
        UUID salesPerson = UUID.randomUUID();
        UUID buyer = UUID.randomUUID();
        UUID collegeBuyer = UUID.randomUUID();
        UUID outsiderBuyer = UUID.randomUUID();
        Fixtures.addPerson(service, salesPerson, enterprise);
        Fixtures.addPerson(service, buyer, hospital);
        Fixtures.addPerson(service, collegeBuyer, college);
        Fixtures.addPerson(service, outsiderBuyer, outsider);
        Fixtures.awaitKnownPeople(service, salesPerson, buyer, collegeBuyer, outsiderBuyer);
        String sales = tokens.token("SUPPLIER", enterprise, List.of());

        Map<String, Object> met = contact(hospital, "2026-03-10", "MEETING", enterprise, null);
        met.put("personIds", List.of(salesPerson.toString(), buyer.toString()));
        met.put("introducedByPersonId", buyer.toString());
        Map<String, Object> logged = log(sales, met);
        assertThat((List<String>) logged.get("personIds")).containsExactly(salesPerson.toString(), buyer.toString());
        assertThat(logged).containsEntry("introducedByPersonId", buyer.toString());

        for (UUID stranger : List.of(collegeBuyer, outsiderBuyer, UUID.randomUUID())) {
            Map<String, Object> withStranger = contact(hospital, "2026-03-11", "MEETING", enterprise, null);
            withStranger.put("personIds", List.of(salesPerson.toString(), stranger.toString()));
            assertProblem(400, "personIds[1]", () -> log(sales, withStranger));
            Map<String, Object> introducedByStranger = contact(hospital, "2026-03-11", "MEETING", enterprise, null);
            introducedByStranger.put("introducedByPersonId", stranger.toString());
            assertProblem(400, "introducedByPersonId", () -> log(sales, introducedByStranger));
        }
        Map<String, Object> twice = contact(hospital, "2026-03-11", "MEETING", enterprise, null);
        twice.put("personIds", List.of(buyer.toString(), buyer.toString()));
        assertProblem(400, "personIds[1]", () -> log(sales, twice));

        // the same rule for a coordinator logging a pilot activity
        String coordinator = tokens.token("COORDINATOR", null, List.of(pilot));
        Map<String, Object> activity = contact(college, "2026-03-12", "PILOT_ACTIVITY", college, null);
        activity.put("personIds", List.of(buyer.toString()));
        assertProblem(400, "personIds[0]", () -> log(coordinator, activity));
        activity.put("personIds", List.of(collegeBuyer.toString(), salesPerson.toString()));
        assertThat(log(coordinator, activity)).containsEntry("personIds", List.of(collegeBuyer.toString(), salesPerson.toString()));
    }

    /** Someone who left (removed from the directory) is still named in what happened up to that day, never after. */
    @Test
    void aPersonWhoLeftIsNamedInWhatHappenedBeforeNotAfter() {
        UUID leaver = UUID.randomUUID();
        Fixtures.addPerson(service, leaver, hospital);
        Fixtures.awaitKnownPeople(service, leaver);
        Fixtures.removePerson(service, leaver, hospital, "2026-03-16T03:30:00Z"); // 2026-03-15 at 23:30 in Montréal
        String sales = tokens.token("SUPPLIER", enterprise, List.of());

        Map<String, Object> before = contact(hospital, "2026-03-15", "MEETING", enterprise, null);
        before.put("personIds", List.of(leaver.toString()));
        assertThat(log(sales, before)).containsEntry("personIds", List.of(leaver.toString()));
        Map<String, Object> after = contact(hospital, "2026-03-16", "PHONE", enterprise, null);
        after.put("personIds", List.of(leaver.toString()));
        assertProblem(400, "personIds[0]", () -> log(sales, after));
        Map<String, Object> introducedAfter = contact(hospital, "2026-03-16", "PHONE", enterprise, null);
        introducedAfter.put("introducedByPersonId", leaver.toString());
        assertProblem(400, "introducedByPersonId", () -> log(sales, introducedAfter));
    }

    private Map<String, Object> contact(UUID counterpart, String on, String channel, UUID initiatedBy, Object introducedBy) {
        return contact(counterpart, on, channel, initiatedBy, introducedBy, null);
    }

    private Map<String, Object> contact(UUID counterpart, String on, String channel, UUID initiatedBy, Object introducedBy, UUID inPilot) {
        Map<String, Object> f = new HashMap<>(Map.of("enterpriseId", enterprise.toString(), "counterpartId", counterpart.toString(),
                "occurredOn", on, "channel", channel, "initiatedBy", initiatedBy.toString(),
                "summary", "Résumé : présentation de nos services de traiteur"));
        if (introducedBy != null) {
            f.put("introducedByContactId", introducedBy);
        }
        if (inPilot != null) {
            f.put("pilotId", inPilot.toString());
        }
        return f;
    }

    private Map<String, Object> log(String token, Map<String, Object> body) {
        return http.toBlocking().retrieve(HttpRequest.POST("/api/contacts", body).bearerAuth(token), JSON);
    }

    private Map<String, Object> show(String token, Object id) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/contacts/" + id).bearerAuth(token), JSON);
    }

    private Map<String, Object> put(String path, String token, Object body) {
        return http.toBlocking().retrieve(HttpRequest.PUT(path, body).bearerAuth(token), JSON);
    }

    private List<ConsumerRecord<String, byte[]>> events(String key) {
        return TestEvents.readAll(service.kafkaBootstrapServers(), service.topicPrefix() + ContractsTopics.CONTACTS, 1).stream()
                .filter(r -> key.equals(r.key())).toList();
    }
}
