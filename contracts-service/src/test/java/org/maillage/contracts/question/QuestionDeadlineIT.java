package org.maillage.contracts.question;

import io.micronaut.http.HttpRequest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.contracts.ContractsServiceIT;
import org.maillage.contracts.Fixtures;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.contracts.opportunity.MontrealTime;
import org.maillage.testkit.Listings;
import org.maillage.testkit.TestEvents;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.maillage.contracts.Fixtures.assertProblem;

/** A question deadline apart from the response deadline: questions stop at it, answers and responses do not. */
class QuestionDeadlineIT extends ContractsServiceIT {

    private final UUID institution = UUID.randomUUID();
    private final UUID enterprise = UUID.randomUUID();

    @BeforeAll
    void knownOrganizations() {
        Fixtures.register(service, institution, "INSTITUTION", "ACTIVE", "90100000", "06", List.of());
        Fixtures.register(service, enterprise, "ENTERPRISE", "ACTIVE", "90100000", "06", List.of());
        Fixtures.awaitKnown(service, institution, enterprise);
    }

    @Test
    void aQuestionDeadlineAfterTheDeadlineIsRefusedNamingItsField() {
        Map<String, Object> f = form(LocalDateTime.of(2099, 3, 10, 12, 0));
        f.put("questionDeadline", "2099-03-11T12:00");
        assertProblem(400, "questionDeadline", () -> post("/api/opportunities", buyer(), f));
        f.put("questionDeadline", "après-demain");
        assertProblem(400, "questionDeadline", () -> post("/api/opportunities", buyer(), f));
    }

    @Test
    void questionsCloseAtTheirDeadlineWhileAnswersAndResponsesGoOn() {
        LocalDateTime soon = LocalDateTime.now(MontrealTime.ZONE).plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> f = form(LocalDateTime.of(2099, 3, 10, 12, 0));
        f.put("questionDeadline", soon.toString());
        Map<String, Object> drafted = post("/api/opportunities", buyer(), f);
        String id = (String) drafted.get("id");
        assertThat(drafted).containsEntry("questionDeadline", MontrealTime.toInstant(soon).toString());
        post("/api/opportunities/" + id + "/publish", buyer(), "");
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + id), JSON))
                .as("enterprises see when questions close").containsEntry("questionDeadline", MontrealTime.toInstant(soon).toString());
        // announced with the publication, before the matched event, so that the alerts can say it
        List<ConsumerRecord<String, byte[]>> published = await().atMost(Duration.ofSeconds(20)).until(() -> events(id), l -> l.size() >= 3);
        assertThat(published.subList(0, 3)).extracting(r -> TestEvents.header(r, "ce_type")).containsExactly(
                OpportunityEventTypes.PUBLISHED_V1, OpportunityEventTypes.QUESTION_DEADLINE_V1, OpportunityEventTypes.MATCHED_V1);
        assertThat(new String(published.get(1).value(), StandardCharsets.UTF_8))
                .containsPattern("\"questionDeadline\":\\s*\"" + MontrealTime.toInstant(soon) + "\"");

        String asked = (String) post("/api/opportunities/" + id + "/questions", supplier(), Map.of("question", "Livraison le samedi ?")).get("id");
        await().atMost(Duration.ofSeconds(20)).until(() -> Instant.now().isAfter(MontrealTime.toInstant(soon)));
        assertProblem(409, "questionDeadline", () -> post("/api/opportunities/" + id + "/questions", supplier(),
                Map.of("question", "Et le dimanche ?")));

        post("/api/opportunities/" + id + "/questions/" + asked + "/answer", buyer(), Map.of("answer", "Oui, le samedi aussi."));
        List<Map<String, Object>> qa = Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + id + "/questions"),
                JSON));
        assertThat(qa).singleElement().satisfies(q -> assertThat(q).containsEntry("answer", "Oui, le samedi aussi."));
        http.toBlocking().exchange(HttpRequest.PUT("/api/opportunities/" + id + "/responses/mine",
                Map.of("priceCad", 70000, "proposal", "Menus du jour")).bearerAuth(supplier()));
    }

    @Test
    void withoutAQuestionDeadlineQuestionsFollowTheDeadline() {
        Map<String, Object> drafted = post("/api/opportunities", buyer(), form(LocalDateTime.of(2099, 3, 10, 12, 0)));
        assertThat(drafted.get("questionDeadline")).isNull();
        String id = (String) drafted.get("id");
        post("/api/opportunities/" + id + "/publish", buyer(), "");
        assertThat(post("/api/opportunities/" + id + "/questions", supplier(), Map.of("question", "Allergies ?"))).containsKey("id");
        // no question deadline, no event for it: questions close with responses
        assertThat(await().atMost(Duration.ofSeconds(20)).until(() -> events(id), l -> l.size() >= 3))
                .extracting(r -> TestEvents.header(r, "ce_type")).containsExactly(OpportunityEventTypes.PUBLISHED_V1,
                        OpportunityEventTypes.MATCHED_V1, OpportunityEventTypes.QUESTION_ASKED_V2);
    }

    private List<ConsumerRecord<String, byte[]>> events(String key) {
        return TestEvents.readAll(service.kafkaBootstrapServers(), service.topicPrefix() + ContractsTopics.OPPORTUNITIES, 1).stream()
                .filter(r -> key.equals(r.key())).toList();
    }

    private String buyer() {
        return tokens.token("BUYER", institution, List.of());
    }

    private String supplier() {
        return tokens.token("SUPPLIER", enterprise, List.of());
    }

    private static Map<String, Object> form(LocalDateTime deadline) {
        return new HashMap<>(Map.of("titleFr", "Service de traiteur", "categories", List.of("90100000"), "regions", List.of("06"),
                "method", "INVITATION", "deadline", deadline.toString()));
    }
}
