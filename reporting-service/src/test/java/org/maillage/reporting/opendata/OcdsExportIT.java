package org.maillage.reporting.opendata;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.maillage.contracts.api.ContractEventTypes;
import org.maillage.contracts.api.ContractState;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.contracts.api.OpportunityResponse;
import org.maillage.contracts.api.OpportunityState;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.directory.api.OrganizationEventTypes;
import org.maillage.directory.api.OrganizationState;
import org.maillage.reporting.ReportingServiceIT;
import org.maillage.testkit.TestEvents;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The pilot's open data: an OCDS 1.1.5 release package an independent validator accepts, with public data only. */
class OcdsExportIT extends ReportingServiceIT {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ObjectMapper json;

    @Test
    @SuppressWarnings("unchecked")
    void thePilotsProcurementIsAValidReleasePackageWithPublicDataOnly() throws Exception {
        UUID pilot = UUID.randomUUID();
        UUID cityHall = UUID.randomUUID();
        UUID caterer = UUID.randomUUID();
        UUID printer = UUID.randomUUID();
        UUID tender = UUID.randomUUID();
        UUID award = UUID.randomUUID();
        UUID direct = UUID.randomUUID();
        UUID betweenEnterprises = UUID.randomUUID();
        UUID declared = UUID.randomUUID();
        Instant t = Instant.parse("2014-05-01T14:00:00Z");
        List<TestEvents.Outgoing> events = new ArrayList<>();
        for (Object[] o : new Object[][]{{cityHall, "INSTITUTION", "Ville de Montréal"}, {caterer, "ENTERPRISE", "Coop Traiteur Solidaire"},
                {printer, "ENTERPRISE", "Imprimerie l'Éveil"}}) {
            events.add(event(DirectoryTopics.ORGANIZATIONS, (UUID) o[0], OrganizationEventTypes.REGISTERED_V1, new OrganizationState(
                    (UUID) o[0], (String) o[1], (String) o[2], List.of(), "ACTIVE", null, null, List.of(), List.of("06"), List.of(pilot),
                    List.of(), null, null, t)));
        }
        OpportunityState published = new OpportunityState(tender, cityHall, "INSTITUTION", null, "Traiteur pour la fête des bénévoles",
                "Catering", "INVITATION", List.of("90100000"), List.of("06"), List.of("social.smeInclusion", "economic.localEconomyPromotion"),
                null, t.plusSeconds(86_400 * 14), "PUBLISHED", null, 3, t);
        events.add(event(ContractsTopics.OPPORTUNITIES, tender, OpportunityEventTypes.PUBLISHED_V1, published));
        events.add(event(ContractsTopics.OPPORTUNITIES, tender, OpportunityEventTypes.RESPONSE_V1,
                new OpportunityResponse(tender, caterer, "SUBMITTED", t.plusSeconds(3600))));
        events.add(event(ContractsTopics.OPPORTUNITIES, tender, OpportunityEventTypes.AWARDED_V1, new OpportunityState(tender, cityHall,
                "INSTITUTION", null, published.titleFr(), published.titleEn(), "INVITATION", published.categories(), published.regions(),
                published.socialClauses(), null, published.deadline(), "AWARDED", null, 3, t.plusSeconds(86_400 * 20))));
        events.add(contract(award, tender, cityHall, caterer, "AWARD", true, "ACTIVE", "18450.00", t.plusSeconds(86_400 * 20)));
        events.add(contract(direct, null, cityHall, printer, "DIRECT", true, "COMPLETED", "900.00", t.plusSeconds(86_400 * 30)));
        events.add(contract(betweenEnterprises, null, caterer, printer, "BETWEEN_ENTERPRISES", true, "ACTIVE", "2400.00", t));
        events.add(contract(declared, null, cityHall, printer, "DIRECT", false, "PENDING", "700.00", t));
        // "confirmed", but by an enterprise, not by the city it is said to be with: still only declared
        UUID fabricated = UUID.randomUUID();
        events.add(event(ContractsTopics.CONTRACTS, fabricated, ContractEventTypes.CONFIRMED_V1, new ContractState(fabricated, null, cityHall,
                null, List.of(caterer, printer), "Contrat fabriqué", List.of("90100000"), new BigDecimal("900000.00"), LocalDate.of(2014, 6, 1),
                null, "PENDING", "DIRECT", true, null, printer, printer, t)));
        TestEvents.sendAll(service.kafkaBootstrapServers(), events);

        await().atMost(Duration.ofSeconds(30)).until(() -> stored(fabricated));
        await().atMost(Duration.ofSeconds(30)).until(() -> releases(pilot).size() == 2
                && releases(pilot).stream().allMatch(r -> r.containsKey("awards")));
        String body = http.toBlocking().retrieve(HttpRequest.GET("/api/opendata/pilots/" + pilot + "/ocds"), String.class);
        assertThat(OcdsSchemas.validate(body)).as("OCDS 1.1.5 schema errors").isEmpty();

        Map<String, Object> release = releases(pilot).stream().filter(r -> r.get("ocid").equals("ocds-test01-" + tender)).findFirst().orElseThrow();
        Map<String, Object> t0 = (Map<String, Object>) release.get("tender");
        assertThat(t0).containsEntry("status", "complete").containsEntry("procurementMethod", "limited").doesNotContainKey("value");
        assertThat((List<Map<String, Object>>) t0.get("sustainability")).extracting(s -> s.get("goal"))
                .containsExactly("social.smeInclusion", "economic.localEconomyPromotion");
        assertThat((List<Map<String, Object>>) release.get("parties")).extracting(p -> p.get("name"), p -> p.get("roles"))
                .contains(org.assertj.core.groups.Tuple.tuple("Ville de Montréal", List.of("buyer", "procuringEntity")),
                        org.assertj.core.groups.Tuple.tuple("Coop Traiteur Solidaire", List.of("supplier")));
        assertThat(body).doesNotContain(betweenEnterprises.toString()).doesNotContain(declared.toString()).doesNotContain(fabricated.toString())
                .contains(direct.toString()).contains("18450");

        String broken = body.replaceFirst("\"ocid\":\"[^\"]+\",", "");
        assertThat(OcdsSchemas.validate(broken)).as("the validator does check").isNotEmpty();
    }

    private boolean stored(UUID contract) throws Exception {
        try (var c = service.database().connect(); var rs = c.createStatement().executeQuery(
                "select count(*) from contract where id = '" + contract + "'")) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> releases(UUID pilot) {
        return (List<Map<String, Object>>) http.toBlocking().retrieve(HttpRequest.GET("/api/opendata/pilots/" + pilot + "/ocds"), JSON)
                .get("releases");
    }

    private TestEvents.Outgoing contract(UUID id, UUID opportunity, UUID buyer, UUID supplier, String origin, boolean confirmed,
                                         String status, String value, Instant at) throws Exception {
        return event(ContractsTopics.CONTRACTS, id, ContractEventTypes.RECORDED_V1, new ContractState(id, opportunity, buyer, null,
                List.of(supplier), "Contrat " + origin, List.of("90100000"), new BigDecimal(value), LocalDate.of(2014, 6, 1),
                LocalDate.of(2014, 12, 31), status, origin, confirmed, "COMPLETED".equals(status) ? new BigDecimal(value) : null,
                confirmed ? buyer : null, buyer, at));
    }

    private TestEvents.Outgoing event(String topic, UUID key, String type, Object data) throws Exception {
        return new TestEvents.Outgoing(service.topicPrefix() + topic, key.toString(), UUID.randomUUID().toString(), type,
                json.writeValueAsString(data));
    }
}
