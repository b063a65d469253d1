package org.maillage.reporting.dashboard;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillage.contracts.api.ContractEventTypes;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.directory.api.OrganizationEventTypes;
import org.maillage.testkit.ServiceUnderTest;
import org.maillage.testkit.TestEvents;
import org.maillage.testkit.TestInfrastructure;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 26, "a cell that can freeze": a pilot's monthly cells hold any realistic sum of contracts, even of the largest
 * ever accepted (999 999 999 999.99 $, before contracts-service bounded values at one billion, and still on the topics
 * a rebuild replays); and a record that does go to a dead-letter topic shows on the management port's health and in
 * the Prometheus counter, while the public health, which the gateway reads, stays UP.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrozenCellIT implements TestPropertyProvider {

    private static final String LARGEST_EVER = "999999999999.99";
    // a hundred such contracts to one supplier filled its numeric(18, 4) cell; one more overflowed it
    private static final int CONTRACTS = 101;

    private final ServiceUnderTest service = ServiceUnderTest.create("frozencell", List.of(DirectoryTopics.ORGANIZATIONS,
            ContractsTopics.OPPORTUNITIES, ContractsTopics.CONTRACTS, ContractsTopics.CONTACTS));
    private final int managementPort = TestInfrastructure.freePort();
    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(service.properties());
        p.put("endpoints.all.port", String.valueOf(managementPort));
        return p;
    }

    @Test
    void aPilotsCellsHoldTheLargestContractsAndADeadLetterShowsOnTheHealthAndInACounter() throws Exception {
        UUID pilot = UUID.randomUUID();
        UUID city = UUID.randomUUID();
        UUID coop = UUID.randomUUID();
        organization(city, "INSTITUTION", pilot);
        organization(coop, "ENTERPRISE", pilot);
        List<TestEvents.Outgoing> contracts = new ArrayList<>();
        for (int i = 0; i < CONTRACTS; i++) {
            UUID id = UUID.randomUUID();
            contracts.add(new TestEvents.Outgoing(service.topicPrefix() + ContractsTopics.CONTRACTS, id.toString(), UUID.randomUUID().toString(),
                    ContractEventTypes.RECORDED_V1, """
                    {"contractId":"%s","opportunityId":null,"buyerId":"%s","decisionUnitId":null,"supplierIds":["%s"],"title":"Ouvrage %d",
                     "categories":["45000000"],"valueCad":%s,"startsOn":"2015-03-02","endsOn":null,"status":"ACTIVE","origin":"DIRECT",
                     "confirmed":true,"finalValueCad":null,"confirmedBy":"%s","recordedBy":"%s","occurredAt":"2015-03-02T12:00:00Z"}"""
                    .formatted(id, city, coop, i, LARGEST_EVER, city, city)));
        }
        TestEvents.sendAll(service.kafkaBootstrapServers(), contracts);

        BigDecimal sum = new BigDecimal(LARGEST_EVER).multiply(BigDecimal.valueOf(CONTRACTS));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(cell("select contracts, value from cell_month where pilot_id = '" + pilot + "'")).containsExactly(
                    BigDecimal.valueOf(CONTRACTS), sum);
            assertThat(cell("select contracts, value from cell_supplier where pilot_id = '" + pilot + "'")).containsExactly(
                    BigDecimal.valueOf(CONTRACTS), sum.setScale(4));
        });
        // nothing was set aside on the way
        assertThat(get(management("/health")).body()).containsPattern("\"deadLetters\":\\{[^}]*\"status\":\"UP\"");

        // a record no handler takes: it goes to the dead-letter topic, and that is seen where an operator looks
        TestEvents.send(service.kafkaBootstrapServers(), service.topicPrefix() + ContractsTopics.CONTRACTS, UUID.randomUUID().toString(),
                ContractEventTypes.RECORDED_V1, "{\"contractId\":\"not a contract\"}");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(get(management("/health")).body()).containsPattern("\"deadLetters\":\\{[^}]*\"status\":\"DEAD_LETTERED\"")
                        .contains("\"sinceStart\":1"));
        String metrics = get(management("/prometheus")).body();
        assertThat(metrics.lines().filter(l -> l.startsWith("maillage_events_dead_lettered_total{"))).singleElement()
                .satisfies(l -> assertThat(l).contains("topic=\"" + service.topicPrefix() + ContractsTopics.CONTRACTS + "\"").endsWith(" 1.0"));
        HttpResponse<String> publicHealth = get(server.getURL() + "/health");
        assertThat(publicHealth.statusCode()).isEqualTo(200);
        assertThat(publicHealth.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    private void organization(UUID id, String kind, UUID pilot) {
        TestEvents.send(service.kafkaBootstrapServers(), service.topicPrefix() + DirectoryTopics.ORGANIZATIONS, id.toString(),
                OrganizationEventTypes.REGISTERED_V1, """
                        {"organizationId":"%s","kind":"%s","name":"Org %s","status":"ACTIVE","categories":[],
                         "regions":["06"],"pilots":["%s"],"occurredAt":"2015-01-01T12:00:00Z"}""".formatted(id, kind, id, pilot));
    }

    private List<BigDecimal> cell(String sql) throws Exception {
        try (Connection c = service.database().connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? List.of(rs.getBigDecimal(1), rs.getBigDecimal(2)) : List.of();
        }
    }

    private String management(String path) {
        return "http://127.0.0.1:" + managementPort + path;
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
