package org.maillage.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.maillage.devstack.ApiClient;
import org.maillage.devstack.DemoAccounts;
import org.maillage.devstack.Progress;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import static org.awaitility.Awaitility.await;

/**
 * Loads the demo through the public API, as the pilot's people would: the coordinator registers the
 * members and opens their accounts, institutions and enterprises log 18 months of contacts (March 2014 to
 * August 2015) and record their contracts, and calls for tenders run from publication to award. The story keeps the
 * pilot's dates: members join on the pilot's first day and the finished calls for tenders are published, answered
 * and awarded within its months, written with the date of the story (the platform takes it from this loader only,
 * see {@link DemoWrites#sendAt}); the four calls still open run today, so that a visitor can answer one (a catering
 * call among them, its document attached, for the README's suppliers).
 * Seeded, so every run tells the same story. Resumable: each step first looks for what it would make (pilots and
 * organizations by name, people by title, accounts by email, calls for tenders by title, contacts by their
 * parties, date, channel and summary, contracts by their parties, title, start and value) and makes only what is
 * missing, drawing the same random numbers either way; so a load that was interrupted completes on the next start.
 * The README's supplier log-in is made last: its presence means the demo is complete.
 */
public final class DemoSeed {

    public static final String BUYER_EMAIL = "achats@ville.maillage.local";
    public static final String SUPPLIER_EMAIL = "ventes@coop.maillage.local";
    public static final String PASSWORD = "Demo-Maillage-2014!";
    /** Where the services read the run's key that lets this loader date its writes ({@code maillage.demo.backdating.key}). */
    public static final String BACKDATING_KEY_ENV = "MAILLAGE_DEMO_BACKDATING_KEY";
    private static final String ESTRIE = "Estrie : l'économie sociale, j'achète !";
    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    private static final LocalDate MONTREAL_STARTS = LocalDate.of(2014, 3, 1);
    private static final LocalDate ESTRIE_STARTS = LocalDate.of(2015, 1, 15);
    private static final List<LocalDate> PILOT_ACTIVITIES = List.of(LocalDate.of(2014, 3, 20), LocalDate.of(2014, 6, 12),
            LocalDate.of(2014, 10, 8), LocalDate.of(2015, 2, 18));

    /** A member as the seed knows it: its id, its units, and a signed-in token of its own. */
    private record Member(String id, String kind, List<String> categories, List<String> unitIds, List<List<String>> unitCategories,
                          String token) {
    }

    /** A step of the load that failed: which one, and why, in one line. */
    public static final class StepFailed extends RuntimeException {
        StepFailed(String step, RuntimeException cause) {
            super(step + " failed: " + cause.getMessage(), cause);
        }
    }

    private final ApiClient api;
    private final DemoWrites writes;
    private final Random random = new Random(2014);
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<String, String> knownContacts = new HashMap<>();
    /** The categories' French labels, read once from the directory: a contract's title names its category as people do. */
    private Map<String, String> categoryLabels;
    private int contacts;
    private int contracts;

    /**
     * @param folder        where the load notes what the API cannot look up again (beside the data, so a reset clears both)
     * @param backdatingKey the run's key that lets the platform take this loader's dates (the services have it as
     *                      {@code maillage.demo.backdating.key})
     */
    public DemoSeed(int gatewayPort, Path folder, String backdatingKey) {
        this.api = new ApiClient("http://127.0.0.1:" + gatewayPort);
        this.writes = new DemoWrites(api, folder, backdatingKey);
    }

    /** A key for one run: drawn afresh each start, known only to the services of that run and to its loader. */
    public static String newBackdatingKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return HexFormat.of().formatHex(key);
    }

    /** A failure of the load in one line, for the launcher to print instead of a stack trace. */
    public static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        m = m.replaceAll("\\s+", " ").trim();
        return m.length() <= 240 ? m : m.substring(0, 237) + "...";
    }

    /** Stops the load at its next write, after the one in flight has finished and been noted. */
    public void pause(Duration timeout) {
        writes.pause(timeout);
    }

    public void run() {
        if (api.post("/api/auth/login", Map.of("email", SUPPLIER_EMAIL, "password", PASSWORD), null).status() == 200) {
            Progress.line("demo data", "already loaded (./maillage reset starts afresh)");
            return;
        }
        long start = Progress.start("demo data", "loading through the API (about a minute)");
        String[] coordinator = {api.login(DemoAccounts.COORDINATOR_EMAIL, DemoAccounts.COORDINATOR_PASSWORD)};
        String[] estrie = new String[1];
        step("members", () -> {
            Map<String, String> existing = existingMembers();
            register(coordinator[0], DemoAccounts.MONTREAL_PILOT, MONTREAL_STARTS, DemoPilot.MONTREAL_INSTITUTIONS,
                    DemoPilot.MONTREAL_ENTERPRISES, existing);
            estrie[0] = estriePilot(coordinator[0]);
            coordinator[0] = api.login(DemoAccounts.COORDINATOR_EMAIL, DemoAccounts.COORDINATOR_PASSWORD);
            register(coordinator[0], estrie[0], ESTRIE_STARTS, DemoPilot.ESTRIE_INSTITUTIONS, DemoPilot.ESTRIE_ENTERPRISES, existing);
            awaitKnownToContracts();
            return members.size() + " members of 2 pilots, each with an account";
        });
        List<Runnable> awards = new ArrayList<>();
        step("calls for tenders", () -> {
            awards.addAll(callsForTenders());
            return "8 calls for tenders, with questions, interest and offers";
        });
        step("Montréal's contacts and contracts", () -> {
            existingContacts(coordinator[0]);
            montrealContactsAndContracts();
            return contacts + " contacts, " + contracts + " contracts";
        });
        step("Estrie's contacts and contracts", () -> {
            estrieActivity(estrie[0]);
            return contacts + " contacts, " + contracts + " contracts in all";
        });
        step("awards", () -> {
            awards.forEach(Runnable::run);
            return awards.size() + " calls for tenders awarded";
        });
        step("a call open for the README's suppliers", this::cateringCallForTheReadmeSuppliers);
        step("README log-ins", () -> {
            account(coordinator[0], SUPPLIER_EMAIL, "SUPPLIER", members.get("jardins").id(), DemoAccounts.MONTREAL_PILOT);
            return BUYER_EMAIL + ", " + SUPPLIER_EMAIL + " (password in the README)" + alertsFor(SUPPLIER_EMAIL);
        });
        Progress.line("demo data", String.format("loaded: %d organizations, %d contacts, %d contracts (%.0f s)", members.size(),
                contacts, contracts, (System.nanoTime() - start) / 1e9));
    }

    /**
     * The README's supplier has said yes to email alerts (alerts need express consent), so a call for tenders
     * published in the demo reaches its inbox on the local mail server. Without the email service, nothing.
     */
    private String alertsFor(String email) {
        ApiClient.Reply r = api.put("/api/notifications/preferences", Map.of("delivery", "IMMEDIATE", "digestHour", 7,
                "language", "fr", "alertsConsent", true), api.login(email, PASSWORD));
        return r.status() == 200 ? "; email alerts on for " + email : "; email alerts not set (" + r.status() + ")";
    }

    private void step(String name, Supplier<String> body) {
        long t = System.nanoTime();
        String result;
        try {
            result = body.get();
        } catch (DemoWrites.Paused e) {
            throw e;
        } catch (RuntimeException e) {
            if (writes.paused()) {
                throw new DemoWrites.Paused();
            }
            throw new StepFailed(name, e);
        }
        Progress.line("demo data", String.format("%s: %s (%.1f s)", name, result, (System.nanoTime() - t) / 1e9));
    }

    // ---- members ----

    /** Every pilot's members by name, read page by page: what an earlier, interrupted load already registered. */
    private Map<String, String> existingMembers() {
        Map<String, String> byName = new HashMap<>();
        for (JsonNode pilot : api.get("/api/pilots", null).items()) {
            api.all("/api/pilots/" + pilot.path("id").asText() + "/members?limit=100", null)
                    .forEach(m -> byName.put(m.path("name").asText(), m.path("organizationId").asText()));
        }
        return byName;
    }

    private String estriePilot(String coordinator) {
        for (JsonNode p : api.get("/api/pilots", null).items()) {
            if (ESTRIE.equals(p.path("name").asText())) {
                return p.path("id").asText();
            }
        }
        return writes.send("POST", "/api/pilots", Map.of("name", ESTRIE, "region", "05", "startsOn", ESTRIE_STARTS.toString(), "endsOn", "2016-06-30",
                "coordinatingOrganization", "Pôle d'économie sociale de l'Estrie"), coordinator).ok().path("id").asText();
    }

    /** Every member joins on the pilot's first day, a minute apart in the order of the list. */
    private void register(String coordinator, String pilot, LocalDate starts, List<DemoPilot.Institution> institutions,
                          List<DemoPilot.Enterprise> enterprises, Map<String, String> existing) {
        ZonedDateTime joining = starts.atTime(9, 0).atZone(MONTREAL);
        for (DemoPilot.Institution i : institutions) {
            List<Map<String, Object>> units = i.units().stream().map(u -> Map.<String, Object>of("name", u.name(), "categories", u.categories()))
                    .toList();
            JsonNode created = existing.containsKey(i.name())
                    ? api.get("/api/institutions/" + existing.get(i.name()), coordinator).ok()
                    : writes.sendAt(joining = joining.plusMinutes(1), "POST", "/api/institutions", Map.of("name", i.name(), "institutionType", i.type(), "regions",
                    List.of(i.region()), "pilotId", pilot, "commitmentContracts", i.commitmentContracts(), "commitmentValue",
                    i.commitmentValue(), "decisionUnits", units), coordinator).ok();
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
            String id = existing.containsKey(e.name()) ? existing.get(e.name())
                    : writes.sendAt(joining = joining.plusMinutes(1), "POST", "/api/enterprises", Map.of("legalName", e.name(), "neq", neq, "legalForm", e.legalForm(),
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
        String people = "/api/organizations/" + organization + "/people";
        for (JsonNode known : api.all(people + "?limit=50", coordinator)) {
            if (title.equals(known.path("title").asText())) {
                return;
            }
        }
        writes.send("POST", people, p, coordinator).ok();
    }

    /** An account, or the one an earlier load opened with this email (409); answers its token. */
    private String account(String coordinator, String email, String role, String organization, String pilot) {
        ApiClient.Reply r = writes.send("POST", "/api/accounts", Map.of("email", email, "password", PASSWORD, "role", role,
                "organizationId", organization, "pilots", List.of(pilot)), coordinator);
        if (r.status() != 409) {
            r.ok();
        }
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

    /** Calls for tenders: four answered and awarded and one cancelled within the pilot's months, three open today. */
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
        int finished = 0;
        for (Object[] c : calls) {
            Member buyer = members.get((String) c[0]);
            Boolean toAward = (Boolean) c[6];
            CallTimeline t = Boolean.FALSE.equals(toAward)
                    ? CallTimeline.today(LocalDate.now(MONTREAL).plusWeeks(3 + random.nextInt(4)).atTime(14, 0))
                    : CallTimeline.finished(finished++);
            LocalDateTime deadline = t.deadline();
            String unit = buyer.unitIds().get((Integer) c[1]);
            JsonNode existing = mine(buyer, (String) c[2]);
            String id;
            String status;
            if (existing == null) {
                Map<String, Object> call = new HashMap<>(Map.of("titleFr", c[2], "titleEn", c[3], "descriptionFr",
                        "Appel d'offres sur invitation réservé aux entreprises d'économie sociale du projet pilote.",
                        "categories", List.of((String) c[4]), "regions", List.of("06"), "method", "INVITATION", "estimatedValue", c[5],
                        "deadline", deadline.toString(), "socialClauses", List.of("social.smeInclusion", "economic.localEconomyPromotion"),
                        "decisionUnitId", unit));
                call.put("contactName", "Bureau de l'approvisionnement / Procurement office");
                call.put("contactEmail", "approvisionnement@" + c[0] + ".demo.maillage.local");
                id = writes.sendAt(t.drafted(), "POST", "/api/opportunities", call, buyer.token()).ok().path("id").asText();
                status = "DRAFT";
            } else {
                id = existing.path("id").asText();
                status = existing.path("status").asText();
            }
            if ("DRAFT".equals(status)) {
                writes.sendAt(t.published(), "POST", "/api/opportunities/" + id + "/publish", "", buyer.token()).ok();
            }
            if (toAward == null) {
                if (!"CANCELLED".equals(status)) {
                    writes.sendAt(t.cancelled(), "POST", "/api/opportunities/" + id + "/cancel", Map.of("reason",
                            "Besoin couvert par un contrat existant"), buyer.token()).ok();
                }
                continue;
            }
            // an interrupted load resumed after the deadline (or the award, in the story) keeps the offers it had
            boolean open = existing == null || (t.inThePast() ? !"AWARDED".equals(status)
                    : Instant.parse(existing.path("deadline").asText()).isAfter(Instant.now().plusSeconds(5)));
            List<Member> fits = members.values().stream().filter(m -> m.kind().equals("ENTERPRISE") && m.categories().contains((String) c[4])
                    && !m.id().equals(buyer.id())).toList();
            for (int i = 0; i < fits.size(); i++) {
                Member e = fits.get(i);
                if (i == 0 && open) {
                    question(id, buyer, e, t);
                }
                if (i % 3 == 2) {
                    String reason = List.of("TOO_LARGE", "CAPACITY", "TIMING").get(random.nextInt(3));
                    if (open) {
                        writes.sendAt(t.interest(i), "POST", "/api/opportunities/" + id + "/interest", Map.of("interested", false,
                                "reason", reason), e.token()).ok();
                    }
                    continue;
                }
                int price = (int) c[5] * (80 + random.nextInt(30)) / 100;
                if (open) {
                    writes.sendAt(t.interest(i), "POST", "/api/opportunities/" + id + "/interest", Map.of("interested", true), e.token()).ok();
                    writes.sendAt(t.response(i), "PUT", "/api/opportunities/" + id + "/responses/mine", Map.of("priceCad", price,
                            "proposal", "Offre de " + e.id().substring(0, 8) + " : équipe locale, personnes en insertion, produits d'ici."),
                            e.token()).ok();
                }
            }
            if (Boolean.TRUE.equals(toAward)) {
                awards.add(() -> award(id, buyer, t));
            }
        }
        return awards;
    }

    /**
     * A catering call open today, with its tender document, so that the README's supplier (a caterer) and the other
     * caterers the README names find a call of theirs to answer. A step of its own after the story, drawing no random
     * number: the seeded story before it stays the same.
     */
    private String cateringCallForTheReadmeSuppliers() {
        Member buyer = members.get("csdm");
        String title = "Collations santé pour les camps de jour";
        JsonNode existing = mine(buyer, title);
        String id;
        String status;
        if (existing == null) {
            Map<String, Object> call = new HashMap<>();
            call.put("titleFr", title);
            call.put("titleEn", "Healthy snacks for day camps");
            call.put("descriptionFr", "Collations livrées chaque matin à douze camps de jour, du lundi au vendredi, pendant les huit "
                    + "semaines de l'été : fruits, légumes et produits laitiers, sans arachides ni noix. Le cahier des charges est joint.");
            call.put("descriptionEn", "Snacks delivered every morning to twelve day camps, Monday to Friday, for the eight weeks of "
                    + "summer: fruit, vegetables and dairy, free of peanuts and nuts. The specifications are attached.");
            call.put("categories", List.of("90100000"));
            call.put("regions", List.of("06"));
            call.put("method", "INVITATION");
            call.put("estimatedValue", 30_000);
            call.put("deadline", LocalDate.now(MONTREAL).plusWeeks(3).atTime(14, 0).toString());
            call.put("socialClauses", List.of("social.smeInclusion", "economic.localEconomyPromotion"));
            call.put("decisionUnitId", buyer.unitIds().get(0));
            call.put("contactName", "Bureau de l'approvisionnement / Procurement office");
            call.put("contactEmail", "approvisionnement@csdm.demo.maillage.local");
            id = writes.send("POST", "/api/opportunities", call, buyer.token()).ok().path("id").asText();
            status = "DRAFT";
        } else {
            id = existing.path("id").asText();
            status = existing.path("status").asText();
        }
        if ("DRAFT".equals(status)) {
            String documents = "/api/opportunities/" + id + "/documents";
            if (api.get(documents, buyer.token()).items().isEmpty()) {
                writes.attachAt(null, documents, "Cahier-des-charges-collations.pdf", "application/pdf", DemoPdf.page(
                        "Collations santé pour les camps de jour", List.of(
                                "Commission scolaire de Montréal - appel d'offres sur invitation",
                                "Objet : collations pour douze camps de jour, huit semaines d'été",
                                "Livraison : chaque matin avant 7 h 30, du lundi au vendredi",
                                "Exigences : sans arachides ni noix; produits du Québec favorisés",
                                "Réponse : prix total avant taxes et proposition, par la plateforme",
                                "Questions : par la plateforme, jusqu'à la date limite")), buyer.token()).ok();
            }
            writes.send("POST", "/api/opportunities/" + id + "/publish", "", buyer.token()).ok();
        }
        return "« " + title + " », open, its specifications attached";
    }

    /** The buyer's own call for tenders with this title, drafts included, if an earlier load made it. */
    private JsonNode mine(Member buyer, String titleFr) {
        for (JsonNode o : api.get("/api/opportunities/mine", buyer.token()).items()) {
            if (titleFr.equals(o.path("titleFr").asText())) {
                return o;
            }
        }
        return null;
    }

    private void question(String opportunity, Member buyer, Member enterprise, CallTimeline t) {
        String questions = "/api/opportunities/" + opportunity + "/questions";
        String text = "Les produits doivent-ils être livrés sur place ? / Must products be delivered on site?";
        String q = null;
        for (JsonNode known : api.get(questions, buyer.token()).items()) {
            if (text.equals(known.path("question").asText())) {
                if (!known.path("answer").isMissingNode() && !known.path("answer").isNull()) {
                    return;
                }
                q = known.path("id").asText();
            }
        }
        if (q == null) {
            q = writes.sendAt(t.asked(), "POST", questions, Map.of("question", text), enterprise.token()).ok().path("id").asText();
        }
        writes.sendAt(t.answered(), "POST", questions + "/" + q + "/answer", Map.of("answer",
                "Oui, à l'adresse indiquée dans l'appel. / Yes, at the address given in the call."), buyer.token()).ok();
    }

    /** Once the deadline has passed and the offers are unsealed, the lowest one wins. */
    private void award(String opportunity, Member buyer, CallTimeline t) {
        if ("AWARDED".equals(api.get("/api/opportunities/" + opportunity, null).ok().path("status").asText())) {
            contracts++;
            return;
        }
        String responses = "/api/opportunities/" + opportunity + "/responses";
        retry(() -> !api.get(responses, buyer.token()).ok().path("sealed").asBoolean());
        JsonNode best = null;
        for (JsonNode r : api.get(responses, buyer.token()).ok().path("responses")) {
            if (best == null || r.path("priceCad").decimalValue().compareTo(best.path("priceCad").decimalValue()) < 0) {
                best = r;
            }
        }
        if (best == null) {
            return;
        }
        String winner = best.path("id").asText();
        retry(() -> writes.sendAt(t.awarded(), "POST", "/api/opportunities/" + opportunity + "/award", Map.of("responseId", winner,
                "startsOn", t.contractStarts().toString(), "endsOn", t.contractStarts().plusYears(1).minusDays(1).toString()),
                buyer.token()).status() == 201);
        contracts++;
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
        recordContract(new HashMap<>(Map.of("buyerId", members.get("ville").id(), "supplierIds", List.of(seller.id()),
                "title", "Traiteur pour une fête de quartier (déclaré)", "category", seller.categories().get(0), "valueCad", 3_800,
                "startsOn", "2015-06-20")), seller.token());
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
            Map<String, Object> body = Map.of("buyerId", buyer.id(), "supplierIds", List.of(seller.id()),
                    "title", "Achat entre entreprises du pilote", "category", seller.categories().get(0),
                    "valueCad", 800 + random.nextInt(9000), "startsOn", on.plusDays(20).toString());
            String id = recordContract(body, seller.token());
            if (k < 6 && !api.get("/api/contracts/" + id, buyer.token()).ok().path("confirmed").asBoolean()) {
                writes.send("POST", "/api/contracts/" + id + "/confirm", "", buyer.token()).ok();
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
        String key = DemoWrites.key(enterprise.id(), counterpart.id(), on, channel, summary);
        String known = knownContacts.get(key);
        if (known != null) {
            return known;
        }
        String id = writes.send("POST", "/api/contacts", body, author.token()).ok().path("id").asText();
        knownContacts.put(key, id);
        return id;
    }

    /** The contacts an earlier load logged, by their natural key; the coordinator sees those of both pilots. */
    private void existingContacts(String coordinator) {
        for (JsonNode c : api.all("/api/contacts?limit=500", coordinator)) {
            knownContacts.put(DemoWrites.key(c.path("enterpriseId").asText(), c.path("counterpartId").asText(), c.path("occurredOn").asText(),
                    c.path("channel").asText(), c.path("summary").asText()), c.path("id").asText());
        }
    }

    /** A direct purchase below the threshold, recorded by the institution; most are carried out, some completed. */
    private void contract(Member institution, Member enterprise, String unit, LocalDate startsOn) {
        Map<String, Object> body = new HashMap<>(Map.of("buyerId", institution.id(), "supplierIds", List.of(enterprise.id()),
                "title", categoryLabel(enterprise.categories().get(0)) + " : contrat de gré à gré", "category", enterprise.categories().get(0),
                "valueCad", 2_000 + random.nextInt(43_000), "startsOn", startsOn.toString(), "endsOn", startsOn.plusMonths(6).toString()));
        if (unit != null) {
            body.put("decisionUnitId", unit);
        }
        boolean active = random.nextInt(10) < 8;
        boolean completed = active && random.nextBoolean();
        int percentPaid = completed ? 95 + random.nextInt(10) : 0;
        String id = recordContract(body, institution.token());
        JsonNode c = api.get("/api/contracts/" + id, institution.token()).ok();
        String status = c.path("status").asText();
        if (active && !"ACTIVE".equals(status) && !"COMPLETED".equals(status)) {
            writes.send("POST", "/api/contracts/" + id + "/status", Map.of("status", "ACTIVE"), institution.token()).ok();
        }
        if (completed && !"COMPLETED".equals(status)) {
            writes.send("POST", "/api/contracts/" + id + "/status", Map.of("status", "COMPLETED",
                    "finalValueCad", c.path("valueCad").decimalValue().multiply(java.math.BigDecimal.valueOf(percentPaid))
                            .movePointLeft(2).setScale(2, java.math.RoundingMode.HALF_UP)), institution.token()).ok();
        }
    }

    /** Records a contract unless an earlier load did; its id is noted before the launcher may stop. */
    private String categoryLabel(String code) {
        if (categoryLabels == null) {
            categoryLabels = new HashMap<>();
            api.get("/api/categories", null).items().forEach(c -> categoryLabels.put(c.path("code").asText(), c.path("labelFr").asText()));
        }
        return categoryLabels.getOrDefault(code, code);
    }

    private String recordContract(Map<String, Object> body, String token) {
        contracts++;
        String key = DemoWrites.key(body.get("buyerId"), body.get("supplierIds"), body.get("title"), body.get("startsOn"), body.get("valueCad"));
        String known = writes.contract(key);
        if (known != null) {
            return known;
        }
        return writes.send("POST", "/api/contracts", body, token, r -> writes.noteContract(key, r.ok().path("id").asText()))
                .body().path("id").asText();
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

    private void retry(Callable<Boolean> done) {
        await("demo data: the platform did not get there in 150 s").atMost(Duration.ofSeconds(150))
                .pollInterval(Duration.ofMillis(250)).until(done);
    }
}
