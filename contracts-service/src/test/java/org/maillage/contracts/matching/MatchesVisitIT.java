package org.maillage.contracts.matching;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeAll;
import org.maillage.contracts.Fixtures;
import org.maillage.contracts.OwnContractsServiceIT;
import org.maillage.contracts.opportunity.MontrealTime;

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
import static org.maillage.contracts.Fixtures.assertStatus;

/** Each person's visits to its matches (here a visit ends after 3 s without a look): the base of "new since my last visit". */
/*
 * A context, database and topics of its own, not the module's shared one (ContractsServiceIT): a visit to the matches
 * ends after 3 s without a look instead of 30 min, which would change the visits of every other class's enterprises.
 */
@MicronautTest(transactional = false)
class MatchesVisitIT extends OwnContractsServiceIT {

    private static final String VISITS = "/api/opportunities/matched/visits";
    private final UUID city = UUID.randomUUID();
    private final UUID caterer = UUID.randomUUID();

    MatchesVisitIT() {
        super("matchesvisit");
    }

    @BeforeAll
    void knownOrganizations() {
        Fixtures.register(service, city, "INSTITUTION", "ACTIVE", "90100000", "06", List.of());
        Fixtures.register(service, caterer, "ENTERPRISE", "ACTIVE", "90100000", "06", List.of());
        Fixtures.awaitKnown(service, city, caterer);
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("maillage.matches.visit-gap", "3s");
        return p;
    }

    @Test
    void aPersonsPreviousVisitIsItsOwnAndLooksCloseTogetherAreOneVisit() {
        String me = tokens.token("SUPPLIER", caterer, List.of());
        String colleague = tokens.token("SUPPLIER", caterer, List.of());
        Instant start = Instant.now().minusSeconds(1);

        assertThat(look(me)).doesNotContainKey("previousVisitAt");
        // a reload straight away is the same visit: what was new stays new
        assertThat(look(me)).doesNotContainKey("previousVisitAt");

        // after a pause, a new visit: the previous one ended at its last look
        Instant firstVisitOver = Instant.now();
        await().pollDelay(Duration.ofSeconds(4)).pollInterval(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(30))
                .until(() -> look(me).containsKey("previousVisitAt"));
        assertThat(Instant.parse((String) look(me).get("previousVisitAt"))).isAfter(start).isBefore(firstVisitOver.plusSeconds(1));

        // my colleague's visits are its own: its first one still sees everything as new
        assertThat(look(colleague)).doesNotContainKey("previousVisitAt");
    }

    @Test
    void whatAPersonOpensItselfIsNoLongerNewToItButStillIsToItsColleague() {
        String buyer = tokens.token("BUYER", city, List.of());
        String me = tokens.token("SUPPLIER", caterer, List.of());
        String colleague = tokens.token("SUPPLIER", caterer, List.of());
        String id = (String) http.toBlocking().retrieve(HttpRequest.POST("/api/opportunities", Map.of("titleFr", "Traiteur",
                "categories", List.of("90100000"), "regions", List.of("06"), "method", "INVITATION",
                "deadline", LocalDateTime.now(MontrealTime.ZONE).plusDays(10).truncatedTo(ChronoUnit.SECONDS).toString())).bearerAuth(buyer), JSON).get("id");
        http.toBlocking().exchange(HttpRequest.POST("/api/opportunities/" + id + "/publish", "").bearerAuth(buyer));
        assertThat((List<String>) look(me).get("opened")).doesNotContain(id);

        http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + id).bearerAuth(me));
        assertThat((List<String>) look(me).get("opened")).contains(id);
        assertThat((List<String>) look(colleague).get("opened")).doesNotContain(id);
        // an enterprise that was not matched opens it: nothing is recorded for it
        String stranger = tokens.token("SUPPLIER", UUID.randomUUID(), List.of());
        http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + id).bearerAuth(stranger));
        assertThat((List<String>) look(stranger).get("opened")).isEmpty();
    }

    @Test
    void onlyASupplierAccountRecordsItsVisits() {
        assertStatus(403, () -> http.toBlocking().exchange(HttpRequest.POST(VISITS, "").bearerAuth(tokens.token("BUYER", UUID.randomUUID(), List.of()))));
        assertStatus(401, () -> http.toBlocking().exchange(HttpRequest.POST(VISITS, "")));
    }

    private Map<String, Object> look(String token) {
        return http.toBlocking().retrieve(HttpRequest.POST(VISITS, "").bearerAuth(token), Argument.mapOf(String.class, Object.class));
    }
}
