package org.maillage.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.maillage.devstack.ApiClient;
import org.maillage.devstack.DemoAccounts;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

import static org.awaitility.Awaitility.await;

/**
 * Loads the demo through the public API, as the pilot's people would: the coordinator registers the
 * members and opens their accounts, institutions and enterprises log 18 months of contacts (March 2014 to
 * August 2015) and record their contracts, and a few calls for tenders run now, from publication to award.
 * Seeded, so every run tells the same story; idempotent, since the README's supplier log-in is made last
 * and its presence means the demo is complete (after a failed load, `./maillage reset`).
 */
public final class DemoSeed {

    public static final String BUYER_EMAIL = "achats@ville.maillage.local";
    public static final String SUPPLIER_EMAIL = "ventes@coop.maillage.local";
    public static final String PASSWORD = "Demo-Maillage-2014!";
    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    private static final List<LocalDate> PILOT_ACTIVITIES = List.of(LocalDate.of(2014, 3, 20), LocalDate.of(2014, 6, 12),
            LocalDate.of(2014, 10, 8), LocalDate.of(2015, 2, 18));

    /** A member as the seed knows it: its id, its units, and a signed-in token of its own. */
    private record Member(String id, String kind, List<String> categories, List<String> unitIds, List<List<String>> unitCategories,
                          String token) {
    }

    private final ApiClient api;
    private final Random random = new Random(2014);
    private final Map<String, Member> members = new LinkedHashMap<>();
    private int contacts;
    private int contracts;

    public DemoSeed(int gatewayPort) {
        this.api = new ApiClient("http://127.0.0.1:" + gatewayPort);
    }

    public void run() {
        if (api.post("/api/auth/login", Map.of("email", SUPPLIER_EMAIL, "password", PASSWORD), null).status() == 200) {
            return;
        }
        long start = System.nanoTime();
        String coordinator = api.login(DemoAccounts.COORDINATOR_EMAIL, DemoAccounts.COORDINATOR_PASSWORD);
        register(coordinator, DemoAccounts.MONTREAL_PILOT, DemoPilot.MONTREAL_INSTITUTIONS, DemoPilot.MONTREAL_ENTERPRISES);
        String estrie = api.post("/api/pilots", Map.of("name", "Estrie : l'économie sociale, j'achète !", "region", "05",
                "startsOn", "2015-01-15", "endsOn", "2016-06-30", "coordinatingOrganization", "Pôle d'économie sociale de l'Estrie"),
                coordinator).ok().path("id").asText();
        coordinator = api.login(DemoAccounts.COORDINATOR_EMAIL, DemoAccounts.COORDINATOR_PASSWORD);
        register(coordinator, estrie, DemoPilot.ESTRIE_INSTITUTIONS, DemoPilot.ESTRIE_ENTERPRISES);
        awaitKnownToContracts();

        List<Runnable> awards = callsForTenders();
        montrealContactsAndContracts();
        estrieActivity(estrie);
        awards.forEach(Runnable::run);

        String jardins = members.get("jardins").id();
        account(coordinator, SUPPLIER_EMAIL, "SUPPLIER", jardins, DemoAccounts.MONTREAL_PILOT);
        System.out.printf("  demo pilots loaded in %.0f s: %d organizations, %d contacts, %d contracts; log-ins %s, %s (password in the README)%n",
                (System.nanoTime() - start) / 1e9, members.size(), contacts, contracts, BUYER_EMAIL, SUPPLIER_EMAIL);
    }

    // ---- members ----

    private void register(String coordinator, String pilot, List<DemoPilot.Institution> institutions, List<DemoPilot.Enterprise> enterprises) {
        for (DemoPilot.Institution i : institutions) {
            List<Map<String, Object>> units = i.units().stream().map(u -> Map.<String, Object>of("name", u.name(), "categories", u.categories()))
                    .toList();
            JsonNode created = api.post("/api/institutions", Map.of("name", i.name(), "institutionType", i.type(), "regions", List.of(i.region()),
                    "pilotId", pilot, "commitmentContracts", i.commitmentContracts(), "commitmentValue", i.commitmentValue(),
                    "decisionUnits", units), coordinator).ok();
            List<String> unitIds = new ArrayList<>();
            created.path("decisionUnits").forEach(u -> unitIds.add(u.path("id").asText()));
            String id = created.path("id").asText();
            String email = i.slug().equals("ville") ? BUYER_EMAIL : "achats@" + i.slug() + ".demo.maillage.local";
            person(coordinator, id, "Responsable des achats, " + i.name(), unitIds.isEmpty() ? null : unitIds.get(0));
            members.put(i.slug(), new Member(id, "INSTITUTION", i.units().stream().flatMap(u -> u.categories().stream()).toList(), unitIds,
                    i.units().stream().map(DemoPilot.Unit::categories).toList(), account(coordinator, email, "BUYER", id, pilot)));
        }
        for (DemoPilot.Enterprise e : enterprises) {
            String neq = "11" + String.format("%08d", 46_000_000 + members.size() * 137);
            String id = api.post("/api/enterprises", Map.of("legalName", e.name(), "neq", neq, "legalForm", e.legalForm(),
                    "categories", e.categories(), "regions", List.of(e.region()), "missionFr", e.missionFr(), "missionEn", e.missionEn(),
                    "pilotId", pilot), coordinator).ok().path("id").asText();
            person(coordinator, id, "Direction, " + e.name(), null);
            members.put(e.slug(), new Member(id, "ENTERPRISE", e.categories(), List.of(), List.of(),
                    account(coordinator, "ventes@" + e.slug() + ".demo.maillage.local", "SUPPLIER", id, pilot)));
        }
    }

    private void person(String coordinator, String organization, String title, String unit) {
        Map<String, Object> p = new HashMap<>(Map.of("name", List.of("Sophie Tremblay", "Marc Gagnon", "Nadia Bouchard", "Luc Côté",
                "Amina Diallo", "Julie Roy", "Karim Haddad", "Isabelle Morin").get(random.nextInt(8)), "title", title, "language", "fr"));
        if (unit != null) {
            p.put("decisionUnitId", unit);
        }
        api.post("/api/organizations/" + organization + "/people", p, coordinator).ok();
    }

    private String account(String coordinator, String email, String role, String organization, String pilot) {
        api.post("/api/accounts", Map.of("email", email, "password", PASSWORD, "role", role, "organizationId", organization,
                "pilots", List.of(pilot)), coordinator).ok();
        return api.login(email, PASSWORD);
    }

    /** contracts-service learns organizations from the directory's topic: wait until it knows the last one. */
    private void awaitKnownToContracts() {
        Member last = new ArrayList<>(members.values()).get(members.size() - 1);
        Member first = members.values().iterator().next();
        // a contact in the future is refused for its date only once both organizations are known
        retry(() -> api.post("/api/contacts", Map.of("enterpriseId", last.id(), "counterpartId", first.id(),
                "occurredOn", "2099-01-01", "channel", "EMAIL", "initiatedBy", last.id(), "summary", "—"), last.token()).raw()
                .contains("\"field\":\"occurredOn\""));
        // a decision unit is accepted once contracts-service knows it belongs to that institution: checked before the date
        for (Member i : members.values().stream().filter(m -> m.kind().equals("INSTITUTION") && !m.unitIds().isEmpty()).toList()) {
            String unit = i.unitIds().get(i.unitIds().size() - 1);
            retry(() -> api.post("/api/contacts", Map.of("enterpriseId", last.id(), "counterpartId", i.id(), "decisionUnitId", unit,
                    "occurredOn", "2099-01-01", "channel", "EMAIL", "initiatedBy", last.id(), "summary", "—"), last.token()).raw()
                    .contains("\"field\":\"occurredOn\""));
        }
    }

    // ---- activity ----

    /** Calls for tenders running now: some to award once their deadline passes, some still open, one cancelled. */
    private List<Runnable> callsForTenders() {
        List<Runnable> awards = new ArrayList<>();
        Object[][] calls = {
                {"ville", 0, "Traiteur pour les assemblées publiques", "Catering for public meetings", "90100000", 35_000, true},
                {"chum", 0, "Repas pour la cafétéria du personnel de nuit", "Night-staff cafeteria meals", "90100000", 60_000, true},
                {"csdm", 0, "Mobilier de bibliothèque pour trois écoles", "Library furniture for three schools", "56100000", 48_000, true},
                {"ahuntsic", 0, "Reconditionnement de 200 ordinateurs", "Refurbishing 200 computers", "43210000", 25_000, true},
                {"omhm", 0, "Entretien paysager des habitations de l'Est", "Landscaping of east-end housing", "70110000", 80_000, false},
                {"cre", 0, "Conception de la campagne « J'achète social »", "Design of the 'Buy social' campaign", "82140000", 15_000, false},
                {"ville", 2, "Nettoyage écologique des bureaux d'arrondissement", "Green cleaning of borough offices", "76110000", 120_000, false},
                {"chum", 1, "Transport de matériel entre pavillons", "Moving equipment between pavilions", "78100000", 22_000, null}};
        for (Object[] c : calls) {
            Member buyer = members.get((String) c[0]);
            Boolean toAward = (Boolean) c[6];
            LocalDateTime deadline = Boolean.TRUE.equals(toAward)
                    ? LocalDateTime.now(MONTREAL).plusSeconds(50).truncatedTo(ChronoUnit.SECONDS)
                    : LocalDate.now(MONTREAL).plusWeeks(3 + random.nextInt(4)).atTime(14, 0);
            String unit = buyer.unitIds().get((Integer) c[1]);
            Map<String, Object> call = new HashMap<>(Map.of("titleFr", c[2], "titleEn", c[3], "descriptionFr",
                    "Appel d'offres sur invitation réservé aux entreprises d'économie sociale du projet pilote.",
                    "categories", List.of((String) c[4]), "regions", List.of("06"), "method", "INVITATION", "estimatedValue", c[5],
                    "deadline", deadline.toString(), "socialClauses", List.of("social.smeInclusion", "economic.localEconomyPromotion"),
                    "decisionUnitId", unit));
            call.put("contactName", "Bureau de l'approvisionnement / Procurement office");
            call.put("contactEmail", "approvisionnement@" + c[0] + ".demo.maillage.local");
            String id = api.post("/api/opportunities", call, buyer.token()).ok().path("id").asText();
            api.post("/api/opportunities/" + id + "/publish", "", buyer.token()).ok();
            if (toAward == null) {
                api.post("/api/opportunities/" + id + "/cancel", Map.of("reason", "Besoin couvert par un contrat existant"), buyer.token()).ok();
                continue;
            }
            List<Member> fits = members.values().stream().filter(m -> m.kind().equals("ENTERPRISE") && m.categories().contains((String) c[4])
                    && !m.id().equals(buyer.id())).toList();
            List<String[]> offers = new ArrayList<>();
            for (int i = 0; i < fits.size(); i++) {
                Member e = fits.get(i);
                if (i == 0) {
                    String q = api.post("/api/opportunities/" + id + "/questions", Map.of("question",
                            "Les produits doivent-ils être livrés sur place ? / Must products be delivered on site?"), e.token()).ok().path("id").asText();
                    api.post("/api/opportunities/" + id + "/questions/" + q + "/answer", Map.of("answer",
                            "Oui, à l'adresse indiquée dans l'appel. / Yes, at the address given in the call."), buyer.token()).ok();
                }
                if (i % 3 == 2) {
                    api.post("/api/opportunities/" + id + "/interest", Map.of("interested", false, "reason",
                            List.of("TOO_LARGE", "CAPACITY", "TIMING").get(random.nextInt(3))), e.token()).ok();
                    continue;
                }
                api.post("/api/opportunities/" + id + "/interest", Map.of("interested", true), e.token()).ok();
                int price = (int) c[5] * (80 + random.nextInt(30)) / 100;
                String response = api.put("/api/opportunities/" + id + "/responses/mine", Map.of("priceCad", price,
                        "proposal", "Offre de " + e.id().substring(0, 8) + " : équipe locale, personnes en insertion, produits d'ici."),
                        e.token()).ok().path("id").asText();
                offers.add(new String[]{response, String.valueOf(price)});
            }
            if (Boolean.TRUE.equals(toAward) && !offers.isEmpty()) {
                String[] best = offers.stream().min((a, b) -> Integer.compare(Integer.parseInt(a[1]), Integer.parseInt(b[1]))).orElseThrow();
                awards.add(() -> {
                    retry(() -> api.post("/api/opportunities/" + id + "/award", Map.of("responseId", best[0],
                            "startsOn", "2015-06-01", "endsOn", "2016-05-31"), buyer.token()).status() == 201);
                    contracts++;
                });
            }
        }
        return awards;
    }

    /**
     * Each enterprise meets one or two institutions at a pilot activity; most first contacts lead to a meeting,
     * some meetings to an introduction elsewhere, and contracts follow the contacts.
     */
    private void montrealContactsAndContracts() {
        List<String> institutions = DemoPilot.MONTREAL_INSTITUTIONS.stream().map(DemoPilot.Institution::slug).toList();
        List<String> enterprises = DemoPilot.MONTREAL_ENTERPRISES.stream().map(DemoPilot.Enterprise::slug).toList();
        Map<String, Integer> perInstitution = new HashMap<>();
        for (String slug : enterprises) {
            Member e = members.get(slug);
            List<String> met = new ArrayList<>(institutions.stream().filter(i -> fits(e, members.get(i))).toList());
            if (met.isEmpty()) {
                met.add(institutions.get(random.nextInt(institutions.size())));
            }
            java.util.Collections.shuffle(met, random);
            for (String inst : met.subList(0, Math.min(met.size(), 1 + random.nextInt(2)))) {
                Member i = members.get(inst);
                String unit = unitFor(e, i);
                LocalDate first = PILOT_ACTIVITIES.get(random.nextInt(PILOT_ACTIVITIES.size()));
                String fair = contact(e, e, i, unit, first, "PILOT_ACTIVITY", e, null, "Rencontre au kiosque lors d'une activité du projet pilote");
                if (random.nextInt(10) < 7) {
                    LocalDate on = first.plusDays(14 + random.nextInt(45));
                    String meeting = contact(i, e, i, unit, on, random.nextBoolean() ? "MEETING" : "SITE_VISIT", i, fair,
                            "Présentation des services et visite des installations");
                    if (random.nextInt(10) < 7 && perInstitution.merge(inst, 1, Integer::sum) <= 6) {
                        contract(i, e, unit, on.plusDays(20 + random.nextInt(60)));
                    }
                    if (random.nextInt(10) < 4) {
                        String other = institutions.get(random.nextInt(institutions.size()));
                        Member j = members.get(other);
                        if (!j.id().equals(i.id())) {
                            LocalDate later = on.plusDays(10 + random.nextInt(40));
                            String intro = contact(e, e, j, unitFor(e, j), later, "PHONE", e, meeting,
                                    "Appel à la suite d'une recommandation d'un acheteur d'une autre institution");
                            if (random.nextBoolean()) {
                                contact(e, e, j, unitFor(e, j), later.plusDays(15), "MEETING", j, intro, "Rencontre de suivi");
                                contract(j, e, unitFor(e, j), later.plusDays(40));
                            }
                        }
                    }
                }
            }
        }
        // every institution awarded at least one contract to a participating enterprise, as in the article
        for (String inst : institutions) {
            if (!perInstitution.containsKey(inst) || perInstitution.get(inst) == 0) {
                Member i = members.get(inst);
                Member e = members.values().stream().filter(m -> m.kind().equals("ENTERPRISE") && fits(m, i)).findFirst()
                        .orElse(members.get(enterprises.get(0)));
                String unit = unitFor(e, i);
                contact(e, e, i, unit, LocalDate.of(2014, 6, 12), "PILOT_ACTIVITY", e, null, "Rencontre à la foire de l'approvisionnement");
                contract(i, e, unit, LocalDate.of(2014, 9, 1));
            }
        }
        betweenEnterprises(enterprises);
        // a contract an enterprise declared with the city, which awaits the city's word (GET /api/contracts/declared)
        Member seller = members.get(enterprises.get(0));
        api.post("/api/contracts", Map.of("buyerId", members.get("ville").id(), "supplierIds", List.of(seller.id()),
                "title", "Traiteur pour une fête de quartier (déclaré)", "category", seller.categories().get(0), "valueCad", 3_800,
                "startsOn", "2015-06-20"), seller.token()).ok();
        contracts++;
    }

    /** The pilot's enterprises also bought from each other; a few records still await the other party's word. */
    private void betweenEnterprises(List<String> enterprises) {
        String[][] pairs = {{"jardins", "pain-partage"}, {"detour", "imprimerie-est"}, {"rassembleurs", "jardins"},
                {"racines", "seconde-vie"}, {"eclat", "couture"}, {"nuage-local", "mosaique"}, {"pivot", "cuisine-sud-ouest"},
                {"batisseurs", "demenagement"}, {"passerelle", "voix-citoyennes"}};
        for (int k = 0; k < pairs.length; k++) {
            Member buyer = members.get(pairs[k][0]);
            Member seller = members.get(pairs[k][1]);
            LocalDate on = LocalDate.of(2014, 5, 1).plusDays(random.nextInt(450));
            contact(seller, seller, buyer, null, on, "EVENT", seller, null, "Rencontre entre entreprises au réseau d'économie sociale");
            String id = api.post("/api/contracts", Map.of("buyerId", buyer.id(), "supplierIds", List.of(seller.id()),
                    "title", "Achat entre entreprises du pilote", "category", seller.categories().get(0),
                    "valueCad", 800 + random.nextInt(9000), "startsOn", on.plusDays(20).toString()), seller.token()).ok().path("id").asText();
            contracts++;
            if (k < 6) {
                api.post("/api/contracts/" + id + "/confirm", "", buyer.token()).ok();
            }
        }
    }

    private void estrieActivity(String estrie) {
        List<Member> institutions = DemoPilot.ESTRIE_INSTITUTIONS.stream().map(i -> members.get(i.slug())).toList();
        List<Member> enterprises = DemoPilot.ESTRIE_ENTERPRISES.stream().map(e -> members.get(e.slug())).toList();
        for (int k = 0; k < enterprises.size(); k++) {
            Member e = enterprises.get(k);
            Member i = institutions.get(k % institutions.size());
            LocalDate on = LocalDate.of(2015, 2, 10).plusDays(30L * k);
            String unit = i.unitIds().get(0);
            String first = contact(e, e, i, unit, on, "PILOT_ACTIVITY", e, null, "Lancement du projet pilote en Estrie");
            if (k < 3) {
                contact(i, e, i, unit, on.plusDays(21), "MEETING", i, first, "Rencontre de suivi");
                contract(i, e, unit, on.plusDays(50));
            }
        }
    }

    private String contact(Member author, Member enterprise, Member counterpart, String unit, LocalDate on, String channel,
                           Member initiator, String introducedBy, String summary) {
        Map<String, Object> body = new HashMap<>(Map.of("enterpriseId", enterprise.id(), "counterpartId", counterpart.id(),
                "occurredOn", on.toString(), "channel", channel, "initiatedBy", initiator.id(), "summary", summary,
                "outcome", "Intérêt confirmé de part et d'autre", "nextStep", "Envoyer une offre de services",
                "followUpOn", on.plusDays(30).toString()));
        if (unit != null) {
            body.put("decisionUnitId", unit);
        }
        if (introducedBy != null) {
            body.put("introducedByContactId", introducedBy);
        }
        contacts++;
        return api.post("/api/contacts", body, author.token()).ok().path("id").asText();
    }

    /** A direct purchase below the threshold, recorded by the institution; most are carried out, some completed. */
    private void contract(Member institution, Member enterprise, String unit, LocalDate startsOn) {
        Map<String, Object> body = new HashMap<>(Map.of("buyerId", institution.id(), "supplierIds", List.of(enterprise.id()),
                "title", "Contrat de gré à gré : " + enterprise.categories().get(0), "category", enterprise.categories().get(0),
                "valueCad", 2_000 + random.nextInt(43_000), "startsOn", startsOn.toString(), "endsOn", startsOn.plusMonths(6).toString()));
        if (unit != null) {
            body.put("decisionUnitId", unit);
        }
        JsonNode c = api.post("/api/contracts", body, institution.token()).ok();
        contracts++;
        String id = c.path("id").asText();
        if (random.nextInt(10) < 8) {
            api.post("/api/contracts/" + id + "/status", Map.of("status", "ACTIVE"), institution.token()).ok();
            if (random.nextBoolean()) {
                api.post("/api/contracts/" + id + "/status", Map.of("status", "COMPLETED",
                        "finalValueCad", c.path("valueCad").decimalValue().multiply(java.math.BigDecimal.valueOf(95 + random.nextInt(10)))
                                .movePointLeft(2).setScale(2, java.math.RoundingMode.HALF_UP)), institution.token()).ok();
            }
        }
    }

    private static boolean fits(Member enterprise, Member institution) {
        return institution.categories().stream().anyMatch(enterprise.categories()::contains);
    }

    private static String unitFor(Member enterprise, Member institution) {
        for (int u = 0; u < institution.unitIds().size(); u++) {
            if (institution.unitCategories().get(u).stream().anyMatch(enterprise.categories()::contains)) {
                return institution.unitIds().get(u);
            }
        }
        return institution.unitIds().isEmpty() ? null : institution.unitIds().get(0);
    }

    private static void retry(Callable<Boolean> done) {
        await("demo data: the platform did not get there in 150 s").atMost(Duration.ofSeconds(150))
                .pollInterval(Duration.ofMillis(250)).until(done);
    }
}
