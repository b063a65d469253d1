package org.maillage.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.maillage.devstack.ApiClient;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rules that span services, through the gateway: no one puts false numbers into a pilot's public report. Runs in
 * a pilot of its own, so the figures it checks are only its own.
 */
class TrustSystemIT extends PlatformSystemTest {

    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    /** Two enterprises record a 900,000 $ contract "with" the city and one "confirms" it: nothing public until the city does. */
    @Test
    void aFabricatedContractReachesNeitherTheDashboardNorTheOpenDataUntilTheInstitutionConfirmsIt() {
        OwnPilot own = OwnPilot.create(platform, gateway, "Pilote de confiance");
        String pilot = own.id();
        String city = own.institution("Ville (essai de confiance)", Map.of());
        String declarer = own.enterprise("Entreprise déclarante", Map.of());
        String accomplice = own.enterprise("Entreprise complice", Map.of());
        String cityBuyer = own.account("achats-ville-confiance", "BUYER", city);
        String declarerSales = own.account("ventes-declarante", "SUPPLIER", declarer);
        String accompliceSales = own.account("ventes-complice", "SUPPLIER", accomplice);

        Map<String, Object> form = Map.of("buyerId", city, "supplierIds", List.of(declarer, accomplice),
                "title", "Collecte des matières résiduelles", "category", "90100000", "valueCad", 900_000);
        // contracts-service learns the organizations from the directory's topic
        AtomicReference<String> recorded = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            ApiClient.Reply r = gateway.post("/api/contracts", form, declarerSales);
            if (r.status() == 201) {
                recorded.set(r.text("id"));
            }
            return recorded.get() != null;
        });
        String fabricated = recorded.get();
        assertThat(gateway.post("/api/contracts/" + fabricated + "/confirm", "", accompliceSales).status()).isEqualTo(403);

        String month = YearMonth.now(MONTREAL).toString();
        String dashboard = "/api/reports/pilots/" + pilot + "/dashboard?from=" + month + "&to=" + month;
        await().atMost(Duration.ofSeconds(60)).until(() -> gateway.get(dashboard, null).body().path("declared").path("contracts").asInt() >= 1);
        JsonNode before = gateway.get(dashboard, null).body();
        assertThat(before.path("headline").path("contracts").asInt()).isZero();
        assertThat(before.path("headline").path("valueCad").decimalValue()).isZero();
        String ocds = "/api/opendata/pilots/" + pilot + "/ocds";
        assertThat(gateway.get(ocds, null).raw()).doesNotContain(fabricated);

        JsonNode awaiting = gateway.get("/api/contracts/declared", cityBuyer).items();
        assertThat(awaiting.findValuesAsText("id")).contains(fabricated);
        assertThat(gateway.get("/api/contracts/declared", accompliceSales).items().findValuesAsText("id")).doesNotContain(fabricated);
        assertThat(gateway.post("/api/contracts/" + fabricated + "/confirm", "", cityBuyer).body().path("confirmed").asBoolean()).isTrue();

        await().atMost(Duration.ofSeconds(60)).until(() -> gateway.get(dashboard, null).body().path("headline").path("contracts").asInt() == 1);
        JsonNode after = gateway.get(dashboard, null).body();
        assertThat(after.path("headline").path("valueCad").decimalValue()).isEqualByComparingTo("900000");
        assertThat(after.path("declared").path("contracts").asInt()).isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> gateway.get(ocds, null).raw().contains(fabricated));
    }

    /** A contact names people of its two organizations only: the directory announces its people, contracts-service checks them. */
    @Test
    void aContactCannotNameAnotherOrganizationsPeople() {
        OwnPilot own = OwnPilot.create(platform, gateway, "Pilote des contacts");
        String coordinator = own.coordinator();
        String college = own.institution("Collège (essai des contacts)", Map.of("institutionType", "COLLEGE"));
        String caterer = own.enterprise("Traiteur des contacts", Map.of());
        String printer = own.enterprise("Imprimerie voisine", Map.of());
        String buyer = person(college, "Agente du collège", coordinator);
        String cook = person(caterer, "Cuisinier du traiteur", coordinator);
        String printerSales = person(printer, "Vendeuse de l'imprimerie", coordinator);
        String catererSales = own.account("ventes-traiteur-contacts", "SUPPLIER", caterer);
        String printerAccount = own.account("ventes-imprimerie-voisine", "SUPPLIER", printer);

        // contracts-service learns the organizations and their people from the directory's topics
        await().atMost(Duration.ofSeconds(60)).until(() -> gateway.post("/api/contacts",
                contact(printer, college, List.of(printerSales, buyer)), printerAccount).status() == 201);
        await().atMost(Duration.ofSeconds(60)).until(() -> gateway.post("/api/contacts",
                contact(caterer, college, List.of(cook, buyer)), catererSales).status() == 201);

        ApiClient.Reply stranger = gateway.post("/api/contacts", contact(caterer, college, List.of(cook, printerSales)), catererSales);
        assertThat(stranger.status()).as(stranger.raw()).isEqualTo(400);
        assertThat(stranger.raw()).contains("\"field\":\"personIds[1]\"");
        Map<String, Object> introduced = new HashMap<>(contact(caterer, college, List.of(cook)));
        introduced.put("introducedByPersonId", printerSales);
        ApiClient.Reply introducer = gateway.post("/api/contacts", introduced, catererSales);
        assertThat(introducer.status()).as(introducer.raw()).isEqualTo(400);
        assertThat(introducer.raw()).contains("\"field\":\"introducedByPersonId\"");
    }

    private static Map<String, Object> contact(String enterprise, String counterpart, List<String> people) {
        return Map.of("enterpriseId", enterprise, "counterpartId", counterpart, "occurredOn", "2026-02-02", "channel", "MEETING",
                "initiatedBy", enterprise, "summary", "Rencontre au salon du pilote", "personIds", people);
    }

    private static String person(String organization, String name, String coordinator) {
        return OwnPilot.created(gateway.post("/api/organizations/" + organization + "/people", Map.of("name", name), coordinator));
    }
}
