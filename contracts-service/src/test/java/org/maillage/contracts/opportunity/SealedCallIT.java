package org.maillage.contracts.opportunity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.contracts.Fixtures;
import org.maillage.contracts.OwnContractsServiceIT;

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
import static org.maillage.contracts.Fixtures.assertProblem;

/**
 * Issue 26, "reopening a sealed call": once its deadline has passed a call is closed for every purpose, at the moment of
 * the request, though the periodic closer has not run (it is off here, as if it lagged): the buyer who has read the
 * prices cannot push the deadline back, and no enterprise can change anything. The buyer reads the responses only of a
 * call closed by its deadline; a call cancelled before it keeps them sealed.
 */
/*
 * A context, database and topics of its own, not the module's shared one (ContractsServiceIT): its closer is off, so
 * that a call past its deadline is shown closed by the rule at the request alone; every other class runs with the
 * closer on.
 */
@MicronautTest(transactional = false)
class SealedCallIT extends OwnContractsServiceIT {

    private final UUID city = UUID.randomUUID();
    private final UUID lead = UUID.randomUUID();
    private final UUID partner = UUID.randomUUID();
    private final UUID favoured = UUID.randomUUID();

    SealedCallIT() {
        super("sealedcalls");
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("maillage.opportunities.closer.enabled", "false");
        p.put("maillage.documents.folder", "target/documents-sealed-" + UUID.randomUUID());
        return p;
    }

    @BeforeAll
    void knownOrganizations() {
        Fixtures.register(service, city, "INSTITUTION", "ACTIVE", "90100000", "06", List.of());
        for (UUID e : List.of(lead, partner, favoured)) {
            Fixtures.register(service, e, "ENTERPRISE", "ACTIVE", "90100000", "06", List.of());
        }
        Fixtures.awaitKnown(service, city, lead, partner, favoured);
    }

    @Test
    @SuppressWarnings("unchecked")
    void pastItsDeadlineACallIsClosedForEveryPurposeBeforeTheCloserRuns() throws Exception {
        String buyer = tokens.token("BUYER", city, List.of());
        String leadToken = tokens.token("SUPPLIER", lead, List.of());
        String partnerToken = tokens.token("SUPPLIER", partner, List.of());
        String favouredToken = tokens.token("SUPPLIER", favoured, List.of());
        Instant deadline = Instant.now().plusSeconds(12).truncatedTo(ChronoUnit.SECONDS);
        String id = publish(buyer, deadline);
        String responses = "/api/opportunities/" + id + "/responses";
        String response = (String) respond(responses, leadToken, 48000, List.of(partner)).get("id");
        respond(responses, favouredToken, 52000, List.of());

        waitUntil(deadline);
        // the closer has not run: the call is still PUBLISHED in the database, yet closed by its deadline
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + id), JSON)).containsEntry("status", "PUBLISHED");
        Map<String, Object> seen = http.toBlocking().retrieve(HttpRequest.GET(responses).bearerAuth(buyer), JSON);
        assertThat(seen).containsEntry("sealed", false);
        assertThat((List<Map<String, Object>>) seen.get("responses")).extracting(r -> r.get("priceCad")).containsExactly(48000.0, 52000.0);

        // the buyer, having read the prices, cannot reopen the bidding: neither by amendment nor by a document addendum
        assertProblem(409, "deadline", () -> post("/api/opportunities/" + id + "/amendments", buyer,
                Map.of("summary", "Report d'une semaine", "deadline", deadline.plus(Duration.ofDays(7)).toString())));
        assertProblem(409, "status", () -> http.toBlocking().exchange(HttpRequest.POST("/api/opportunities/" + id + "/documents",
                MultipartBody.builder().addPart("file", "Addenda.pdf", MediaType.APPLICATION_PDF_TYPE, pdf()).addPart("summary", "Addenda").build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(buyer), JSON));
        // and no enterprise changes anything: a new price, a withdrawal, a partner's confirmation, a file, interest, a question
        assertProblem(409, "deadline", () -> respond(responses, favouredToken, 47000, List.of()));
        assertProblem(409, "deadline", () -> http.toBlocking().exchange(HttpRequest.DELETE(responses + "/mine").bearerAuth(leadToken)));
        assertProblem(409, "deadline", () -> post(responses + "/" + response + "/partnership", partnerToken, ""));
        assertProblem(409, "deadline", () -> http.toBlocking().exchange(HttpRequest.POST(responses + "/mine/documents",
                MultipartBody.builder().addPart("file", "Offre.pdf", MediaType.APPLICATION_PDF_TYPE, pdf()).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(favouredToken), JSON));
        assertProblem(409, "status", () -> post("/api/opportunities/" + id + "/interest", partnerToken, Map.of("interested", true)));
        assertProblem(409, "deadline", () -> post("/api/opportunities/" + id + "/questions", partnerToken, Map.of("question", "Encore ouvert ?")));

        Map<String, Object> after = http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + id), JSON);
        assertThat(after).containsEntry("deadline", deadline.toString()).containsEntry("amendments", List.of());
        assertThat((List<Map<String, Object>>) http.toBlocking().retrieve(HttpRequest.GET(responses).bearerAuth(buyer), JSON).get("responses"))
                .extracting(r -> r.get("priceCad") + ":" + r.get("status") + ":" + r.get("confirmedPartners"))
                .containsExactly("48000.0:SUBMITTED:[]", "52000.0:SUBMITTED:[]");
    }

    @Test
    void aCallCancelledBeforeItsDeadlineKeepsItsResponsesSealedForGood() throws Exception {
        String buyer = tokens.token("BUYER", city, List.of());
        Instant deadline = Instant.now().plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
        String id = publish(buyer, deadline);
        String responses = "/api/opportunities/" + id + "/responses";
        respond(responses, tokens.token("SUPPLIER", lead, List.of()), 39000, List.of());
        post("/api/opportunities/" + id + "/cancel", buyer, Map.of("reason", "Besoin annulé"));

        waitUntil(deadline);
        assertThat(http.toBlocking().retrieve(HttpRequest.GET(responses).bearerAuth(buyer), JSON))
                .containsEntry("count", 1).containsEntry("sealed", true).containsEntry("responses", List.of());
        assertThat(http.toBlocking().retrieve(HttpRequest.GET(responses).bearerAuth(buyer))).doesNotContain("39000");
        assertProblem(409, "deadline", () -> http.toBlocking().exchange(HttpRequest.GET(responses + "/documents").bearerAuth(buyer), JSON));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCallCancelledAfterItsDeadlineWasClosedByItAndItsResponsesAreTheBuyers() throws Exception {
        String buyer = tokens.token("BUYER", city, List.of());
        Instant deadline = Instant.now().plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
        String id = publish(buyer, deadline);
        String responses = "/api/opportunities/" + id + "/responses";
        respond(responses, tokens.token("SUPPLIER", lead, List.of()), 41000, List.of());

        waitUntil(deadline);
        assertThat(post("/api/opportunities/" + id + "/cancel", buyer, Map.of("reason", "Budget retiré")))
                .containsEntry("status", "CANCELLED").containsEntry("closedAt", deadline.toString());
        Map<String, Object> seen = http.toBlocking().retrieve(HttpRequest.GET(responses).bearerAuth(buyer), JSON);
        assertThat(seen).containsEntry("sealed", false);
        assertThat((List<Map<String, Object>>) seen.get("responses")).extracting(r -> r.get("priceCad")).containsExactly(41000.0);
    }

    private String publish(String buyer, Instant deadline) {
        LocalDateTime montreal = LocalDateTime.ofInstant(deadline, MontrealTime.ZONE);
        String id = (String) post("/api/opportunities", buyer, Map.of("titleFr", "Traiteur", "categories", List.of("90100000"),
                "regions", List.of("06"), "method", "INVITATION", "deadline", montreal.toString())).get("id");
        post("/api/opportunities/" + id + "/publish", buyer, "");
        return id;
    }

    private Map<String, Object> respond(String responses, String token, int price, List<UUID> partners) {
        Map<String, Object> body = new HashMap<>(Map.of("priceCad", price, "proposal", "Notre offre"));
        body.put("partners", partners.stream().map(UUID::toString).toList());
        return http.toBlocking().retrieve(HttpRequest.PUT(responses + "/mine", body).bearerAuth(token), JSON);
    }

    /** A fraction of a second past the deadline, as in the issue: well before any closer would have run. */
    private static void waitUntil(Instant deadline) throws InterruptedException {
        long ms = Duration.between(Instant.now(), deadline.plusMillis(300)).toMillis();
        if (ms > 0) {
            Thread.sleep(ms);
        }
    }

    private static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }
}
