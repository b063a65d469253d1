package org.maillage.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.maillage.devstack.ApiClient;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pilot's whole cycle with the four services as processes, driven only through the gateway, as each
 * role: a buyer publishes, matched enterprises see it, one asks and the buyer answers, two respond while
 * the buyer and a rival see nothing of it, the deadline passes and the scheduler closes it, the buyer awards,
 * enterprises contract each other, contacts are logged with an introduction, and reporting and open data
 * show exactly that. Every unauthorized attempt along the way fails.
 */
class PilotCycleSystemIT extends PlatformSystemTest {

    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    @Test
    void fromPublicationToTheDashboard() {
        // a pilot of its own, its members in a region no other test uses (Côte-Nord, 09): the dashboard's figures for this
        // month are this test's alone, and its call matches its three caterers only (matching looks at every pilot)
        OwnPilot own = OwnPilot.create(platform, gateway, "Pilote du cycle");
        String pilot = own.id();
        List<String> region = List.of("09");
        String hospital = own.institution("Centre hospitalier (système)", Map.of("institutionType", "HEALTH_SOCIAL_SERVICES",
                "commitmentContracts", 2, "regions", region,
                "decisionUnits", List.of(Map.of("name", "Service alimentaire", "categories", List.of("90100000")))));
        String caterer = own.enterprise("Coop Traiteur du Plateau", Map.of("missionFr", "Traiteur d'économie sociale",
                "missionEn", "Social economy caterer", "regions", region));
        String rival = own.enterprise("Cuisine Collective Hochelaga", Map.of("regions", region));
        String third = own.enterprise("Traiteur Insertion Saint-Michel", Map.of("regions", region));
        String buyer = own.account("achats-hopital", "BUYER", hospital);
        String sales = own.account("ventes-plateau", "SUPPLIER", caterer);
        String rivalSales = own.account("ventes-hochelaga", "SUPPLIER", rival);
        String thirdSales = own.account("ventes-stmichel", "SUPPLIER", third);

        // contracts-service learns organizations from the directory's topic
        LocalDateTime deadline = LocalDateTime.now(MONTREAL).plusSeconds(40).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> form = Map.of("titleFr", "Repas pour la journée des bénévoles", "titleEn", "Volunteer day meals",
                "categories", List.of("90100000"), "regions", region, "method", "INVITATION", "estimatedValue", 20000,
                "deadline", deadline.toString(), "socialClauses", List.of("social.smeInclusion"));
        assertThat(gateway.post("/api/opportunities", form, null).status()).isEqualTo(401);
        java.util.concurrent.atomic.AtomicReference<String> drafted = new java.util.concurrent.atomic.AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            ApiClient.Reply r = gateway.post("/api/opportunities", form, buyer);
            if (r.status() == 201) {
                drafted.set(r.text("id"));
            }
            return drafted.get() != null;
        });
        String opportunity = drafted.get();
        // another organization's draft does not exist for it
        assertThat(gateway.post("/api/opportunities/" + opportunity + "/publish", "", sales).status()).isEqualTo(404);
        assertThat(gateway.post("/api/opportunities/" + opportunity + "/publish", "", buyer).status()).isEqualTo(200);

        for (String enterprise : List.of(sales, rivalSales, thirdSales)) {
            assertThat(ids(gateway.get("/api/opportunities/matched", enterprise).items())).contains(opportunity);
        }
        String question = OwnPilot.created(gateway.post("/api/opportunities/" + opportunity + "/questions",
                Map.of("question", "Faut-il prévoir des repas sans gluten ?"), sales));
        assertThat(gateway.post("/api/opportunities/" + opportunity + "/questions/" + question + "/answer",
                Map.of("answer", "Oui, une dizaine."), rivalSales).status()).isEqualTo(403);
        assertThat(gateway.post("/api/opportunities/" + opportunity + "/questions/" + question + "/answer",
                Map.of("answer", "Oui, une dizaine."), buyer).status()).isEqualTo(200);
        assertThat(gateway.get("/api/opportunities/" + opportunity + "/questions", null).raw()).contains("Oui, une dizaine.");

        String responses = "/api/opportunities/" + opportunity + "/responses";
        assertThat(gateway.put(responses + "/mine", Map.of("priceCad", 18450, "proposal", "Menus du jour, cuisine d'insertion"),
                sales).status()).isEqualTo(200);
        assertThat(gateway.put(responses + "/mine", Map.of("priceCad", 19900, "proposal", "Buffet froid et chaud"),
                rivalSales).status()).isEqualTo(200);
        ApiClient.Reply sealed = gateway.get(responses, buyer);
        assertThat(sealed.body().path("sealed").asBoolean()).isTrue();
        assertThat(sealed.body().path("count").asInt()).isEqualTo(2);
        assertThat(sealed.raw()).doesNotContain("18450").doesNotContain("Menus du jour");
        assertThat(gateway.get(responses, rivalSales).status()).isEqualTo(403);
        assertThat(gateway.get(responses + "/mine", rivalSales).raw()).doesNotContain("18450");
        String salesResponse = gateway.get(responses + "/mine", sales).text("id");
        String rivalResponse = gateway.get(responses + "/mine", rivalSales).text("id");
        assertThat(gateway.post("/api/opportunities/" + opportunity + "/award", Map.of("responseId", salesResponse), buyer).status())
                .isEqualTo(409);

        await().atMost(Duration.ofSeconds(90)).until(() ->
                "CLOSED".equals(gateway.get("/api/opportunities/" + opportunity, null).text("status")));
        assertThat(gateway.put(responses + "/mine", Map.of("priceCad", 100, "proposal", "trop tard"), thirdSales).status())
                .isEqualTo(409);
        ApiClient.Reply open = gateway.get(responses, buyer);
        assertThat(open.body().path("sealed").asBoolean()).isFalse();
        assertThat(open.raw()).contains("18450").contains("19900");

        assertThat(gateway.post("/api/opportunities/" + opportunity + "/award", Map.of("responseId", salesResponse), rivalSales).status())
                .isEqualTo(403);
        assertThat(gateway.post(responses + "/" + salesResponse + "/shortlist", "", buyer).status()).isEqualTo(204);
        assertThat(gateway.post(responses + "/" + rivalResponse + "/reject", Map.of("reason", "Prix plus élevé"), buyer).status())
                .isEqualTo(204);
        ApiClient.Reply award = gateway.post("/api/opportunities/" + opportunity + "/award", Map.of("responseId", salesResponse), buyer);
        assertThat(award.status()).isEqualTo(201);
        String contract = award.text("id");
        assertThat(gateway.get("/api/contracts/" + contract, rivalSales).status()).isEqualTo(404);
        assertThat(gateway.post("/api/contracts/" + contract + "/status", Map.of("status", "ACTIVE"), sales).status()).isEqualTo(403);
        assertThat(gateway.post("/api/contracts/" + contract + "/status", Map.of("status", "ACTIVE"), buyer).text("status"))
                .isEqualTo("ACTIVE");

        // the enterprises contract each other: declared by the seller, confirmed by the buyer
        String between = OwnPilot.created(gateway.post("/api/contracts", Map.of("buyerId", rival, "supplierIds", List.of(caterer),
                "title", "Desserts pour un traiteur voisin", "category", "90100000", "valueCad", 1200), sales));
        assertThat(gateway.post("/api/contracts/" + between + "/confirm", "", sales).status()).isEqualTo(409);
        assertThat(gateway.post("/api/contracts/" + between + "/confirm", "", rivalSales).body().path("confirmed").asBoolean()).isTrue();

        // the contact log: a first contact at a pilot event, a meeting it led to, and an introduction to another enterprise
        String today = LocalDate.now(MONTREAL).toString();
        assertThat(gateway.post("/api/contacts", Map.of(), null).status()).isEqualTo(401);
        String fair = OwnPilot.created(gateway.post("/api/contacts", contact(caterer, hospital, "PILOT_ACTIVITY", caterer, null, today), sales));
        String meeting = OwnPilot.created(gateway.post("/api/contacts", contact(caterer, hospital, "MEETING", hospital, fair, today), buyer));
        String intro = OwnPilot.created(gateway.post("/api/contacts", contact(caterer, third, "PHONE", caterer, meeting, today), sales));
        assertThat(gateway.get("/api/contacts/" + intro, sales).body().path("chain").size()).isEqualTo(2);
        assertThat(gateway.get("/api/contacts/" + fair, rivalSales).status()).isEqualTo(404);
        assertThat(gateway.get("/api/contacts/" + fair, thirdSales).status()).isEqualTo(404);

        // reporting, from the events alone
        String month = YearMonth.now(MONTREAL).toString();
        String dashboard = "/api/reports/pilots/" + pilot + "/dashboard?from=" + month + "&to=" + month;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode d = gateway.get(dashboard, null).body();
            assertThat(d.path("headline").path("contracts").asInt()).isEqualTo(1);
            assertThat(d.path("betweenEnterprises").path("contracts").asInt()).isEqualTo(1);
            assertThat(d.path("contacts").path("contacts").asInt()).isEqualTo(3);
            assertThat(d.path("funnel").path("responded").asInt()).isEqualTo(2);
        });
        JsonNode d = gateway.get(dashboard, null).body();
        assertThat(d.path("headline").path("institutionsWithContract").asInt()).isEqualTo(1);
        assertThat(d.path("headline").path("institutions").asInt()).isEqualTo(1);
        assertThat(d.path("headline").path("valueCad").decimalValue()).isEqualByComparingTo("18450");
        assertThat(d.path("betweenEnterprises").path("valueCad").decimalValue()).isEqualByComparingTo("1200");
        assertThat(d.path("declared").path("contracts").asInt()).isZero();
        assertThat(d.path("byInstitution").get(0).path("progress").asDouble()).isEqualTo(0.5);
        JsonNode contacts = d.path("contacts");
        assertThat(contacts.path("firstContacts").asInt()).isEqualTo(2);
        assertThat(contacts.path("followOns").asInt()).isEqualTo(1);
        assertThat(contacts.path("introduced").asInt()).isEqualTo(2);
        assertThat(contacts.path("deepestChain").asInt()).isEqualTo(2);
        assertThat(contacts.path("ledToContract").asInt()).isEqualTo(1);
        JsonNode funnel = d.path("funnel");
        assertThat(funnel.path("published").asInt()).isEqualTo(1);
        assertThat(funnel.path("matched").asInt()).isEqualTo(3);
        assertThat(funnel.path("awarded").asInt()).isEqualTo(1);

        String csv = gateway.get("/api/reports/pilots/" + pilot + "/csv/institutions?from=" + month + "&to=" + month, null).raw();
        assertThat(csv).startsWith("\uFEFF").contains("Centre hospitalier (système)").contains("18450.00");
        String ocds = gateway.get("/api/opendata/pilots/" + pilot + "/ocds", null).raw();
        assertThat(ocds).contains(opportunity).contains(contract).contains("\"procurementMethod\":\"limited\"")
                .contains("Coop Traiteur du Plateau").doesNotContain("19900").doesNotContain("Menus du jour");
        assertThat(gateway.get("/api/reports/pilots/" + pilot + "/enterprises", null).status()).isEqualTo(401);
        assertThat(gateway.post("/api/reports/rebuild", "", buyer).status()).isEqualTo(403);
    }

    private static Map<String, Object> contact(String enterprise, String counterpart, String channel, String initiatedBy,
                                               String introducedBy, String on) {
        Map<String, Object> c = new java.util.HashMap<>(Map.of("enterpriseId", enterprise, "counterpartId", counterpart, "channel", channel,
                "initiatedBy", initiatedBy, "occurredOn", on, "summary", "Présentation de l'offre de traiteur"));
        if (introducedBy != null) {
            c.put("introducedByContactId", introducedBy);
        }
        return c;
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path("id").asText()));
        return out;
    }

}
