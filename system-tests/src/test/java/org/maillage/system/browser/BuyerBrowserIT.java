package org.maillage.system.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillage.devstack.ApiClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's demo buyer (Ville de Montréal) runs an opportunity from draft to award and keeps its contracts, in a
 * real Chromium against the whole platform; a buyer of another institution sees none of it. Every page it goes
 * through is checked by axe-core (WCAG 2.2 A and AA) at 375 px and 1280 px, with screenshots under
 * target/screenshots/buyer-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuyerBrowserIT extends BrowserTest {

    private static final String BUYER = "achats@ville.maillage.local";
    private static final String OTHER_BUYER = "achats@csdm.demo.maillage.local";
    private static final String SUPPLIER = "ventes@coop.maillage.local";
    private static final String PASSWORD = "Demo-Maillage-2014!";
    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    private String ville;
    private String jardins;
    /** Every page the buyer went through, checked again at both widths at the end. */
    private final Map<String, String> visited = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        ville = api.get("/api/organizations?kind=INSTITUTION&q=Ville%20de%20Montr%C3%A9al", null).ok().path("items").get(0).path("id").asText();
        jardins = api.get("/api/organizations?kind=ENTERPRISE&q=Jardins%20Partag%C3%A9s", null).ok().path("items").get(0).path("id").asText();
    }

    private static BrowserContext context(int width) {
        return context("fr", width, options -> options.setAcceptDownloads(true));
    }

    private Page signIn(BrowserContext c, String email) {
        Page page = c.newPage();
        page.navigate(platform.gateway() + "/sign-in?back=%2Fbuyer");
        page.getByLabel("Adresse courriel").fill(email);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
        return page;
    }

    private void seen(Page page, String name) {
        visited.put(name, page.url());
    }

    /** A page that only a refused form shows (a POST's answer), or a state that will not last: checked as it is. */
    private void checkNow(Page page, String name) {
        check(page, name + "-1280");
    }

    /** The same page, now, on a phone too. */
    private void checkNowOnAPhone(String url, String name) {
        try (BrowserContext c = context(375)) {
            Page phone = signIn(c, BUYER);
            phone.navigate(url);
            check(phone, name + "-375");
        }
    }

    private void check(Page page, String name) {
        problems.addAll(PageAudit.violations(page, name));
        PageAudit.screenshot(page, "buyer-" + name);
    }

    @Test
    void theDemoBuyerRunsAnOpportunityFromDraftToAwardAndKeepsItsContracts() throws Exception {
        String nonce = Long.toString(System.nanoTime(), 36);
        String title = "Traiteur pour la fête de quartier " + nonce;
        try (BrowserContext c = context(1280)) {
            Page page = signIn(c, BUYER);
            assertThat(page).hasURL(platform.gateway() + "/buyer");
            assertThat(page.getByRole(AriaRole.HEADING, named("Mon tableau de bord"))).isVisible();
            seen(page, "dashboard");

            // a draft, step by step; refused first without a title nor a category
            page.getByRole(AriaRole.LINK, named("Créer une occasion d'affaires")).click();
            page.getByRole(AriaRole.BUTTON, named("Enregistrer et continuer")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Entrez un titre en français ou en anglais");
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Choisissez au moins une catégorie");
            checkNow(page, "draft-errors");
            page.getByLabel("Titre en français").fill(title);
            page.getByLabel("Titre en anglais").fill("Neighbourhood party catering " + nonce);
            page.getByLabel("Description en français").fill("Repas pour 300 personnes, le 21 juin.");
            // Enter in the search box searches; Enter in any other field saves and continues (issue 30, item 8)
            page.getByLabel("Chercher une catégorie").fill("traiteur");
            page.getByLabel("Chercher une catégorie").press("Enter");
            assertThat(page.getByLabel("Titre en français")).hasValue(title);
            assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);
            assertThat(page.getByRole(AriaRole.HEADING, named("Quoi : titre, description et catégories"))).isVisible();
            page.getByLabel(Pattern.compile("Restauration et traiteurs")).check();
            seen(page, "draft-what");
            // from the category search, the keyboard passes the whole list in one step: three keys to "Enregistrer et continuer"
            page.getByLabel("Chercher une catégorie").focus();
            page.keyboard().press("Tab");
            page.keyboard().press("Tab");
            assertThat(page.locator(":focus")).hasText(Pattern.compile("^Passer la liste des catégories"));
            page.keyboard().press("Enter");
            page.keyboard().press("Tab");
            assertThat(page.locator(":focus")).hasText("Enregistrer et continuer");
            page.getByLabel("Titre en anglais").press("Enter");
            assertThat(page.getByRole(AriaRole.HEADING, named("Où : régions"))).isVisible();
            seen(page, "draft-where");

            // leave, and come back to the draft from the dashboard
            page.getByRole(AriaRole.LINK, named("Retour à mon tableau de bord")).click();
            page.getByRole(AriaRole.LINK, named(title)).click();
            assertThat(page.getByLabel("Titre en français")).hasValue(title);
            assertThat(page.getByLabel(Pattern.compile("Restauration et traiteurs"))).isChecked();
            page.getByRole(AriaRole.BUTTON, named("Enregistrer et continuer")).click();
            page.getByLabel("Montréal", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByRole(AriaRole.BUTTON, named("Enregistrer et continuer")).click();
            seen(page, "draft-how");
            page.getByLabel("Appel d'offres sur invitation").check();
            page.getByLabel("Valeur estimée, avant taxes (facultatif)").fill("25 000");
            page.getByLabel("Acheter local : favoriser l'économie de la région").check();
            page.getByRole(AriaRole.BUTTON, named("Enregistrer et continuer")).click();
            seen(page, "draft-when");
            // a deadline already past, and questions closing after it: both said at this step, next to their fields, in French
            LocalDate yesterday = LocalDate.now(MONTREAL).minusDays(1);
            page.locator("#deadlineDate").fill(yesterday.toString());
            page.locator("#deadlineTime").fill("12:00");
            page.locator("#questionDeadlineDate").fill(yesterday.plusDays(2).toString());
            page.getByRole(AriaRole.BUTTON, named("Enregistrer et continuer")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Cette date limite est déjà passée");
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Les questions doivent fermer au plus tard à la date limite de réponse");
            assertThat(page.locator("#deadlineDate")).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#questionDeadlineDate")).hasAttribute("aria-invalid", "true");
            checkNow(page, "draft-when-errors");
            LocalDate deadline = LocalDate.now(MONTREAL).plusDays(20);
            page.locator("#deadlineDate").fill(deadline.toString());
            page.locator("#deadlineTime").fill("12:00");
            page.locator("#questionDeadlineDate").fill(deadline.minusDays(5).toString());
            page.locator("#questionDeadlineTime").fill("17:00");
            page.getByRole(AriaRole.BUTTON, named("Enregistrer et continuer")).click();
            seen(page, "draft-who");
            page.getByLabel("Personne-ressource", new Page.GetByLabelOptions().setExact(true)).fill("Sophie Tremblay");
            page.getByLabel("Courriel de la personne-ressource").fill("sophie.tremblay@ville.example");
            page.getByRole(AriaRole.BUTTON, named("Enregistrer et continuer")).click();

            // the notice as the public will read it, and how many enterprises publishing notifies
            assertThat(page.getByRole(AriaRole.HEADING, named(title))).isVisible();
            assertThat(page.getByText(Pattern.compile("entreprises? correspond"))).isVisible();
            assertThat(page.getByText(Pattern.compile("25\\s000\\s\\$"))).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, named("Documents de l'occasion (joindre, remplacer)"))).isVisible();
            assertThat(page.getByText("Date limite des questions").first()).isVisible();
            // the notice in English too, as enterprises reading in English will see it; and its documents (issue 30, item 7)
            assertThat(page.getByRole(AriaRole.HEADING, named("Le texte en anglais"))).isVisible();
            assertThat(page.getByText("Neighbourhood party catering " + nonce)).isVisible();
            assertThat(page.getByText("Aucun document joint.")).isVisible();
            seen(page, "review");
            page.getByRole(AriaRole.BUTTON, named("Publier l'occasion")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("L'occasion est publiée.");
            String id = page.url().replaceAll(".*/buyer/opportunities/([0-9a-f-]{36}).*", "$1");
            seen(page, "open");

            // a supplier asks a question through the API; the buyer answers it and publishes an addendum
            String supplier = api.login(SUPPLIER, PASSWORD);
            api.post("/api/opportunities/" + id + "/questions", Map.of("question", "Faut-il des repas végétariens? " + nonce), supplier).ok();
            page.navigate(platform.gateway() + "/buyer/opportunities/" + id);
            page.getByLabel(Pattern.compile("Réponse à la question « Faut-il des repas végétariens")).fill("Oui, le tiers des repas.");
            page.getByRole(AriaRole.BUTTON, named("Publier la réponse")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("La réponse est publiée.");
            page.getByLabel("Ce qui change").fill("La fête est déplacée d'un jour.");
            page.locator("#amendDeadlineDate").fill(deadline.plusDays(1).toString());
            page.locator("#amendDeadlineTime").fill("12:00");
            page.getByRole(AriaRole.BUTTON, named("Publier l'addenda")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("L'addenda est publié.");
            page.getByLabel("Ce qui change").fill("Plus tôt");
            page.locator("#amendDeadlineDate").fill(deadline.minusDays(5).toString());
            page.getByRole(AriaRole.BUTTON, named("Publier l'addenda")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
            assertThat(page.getByLabel("Ce qui change")).hasValue("Plus tôt");
            checkNow(page, "open-errors");
            assertThat(api.get("/api/opportunities/" + id, null).ok().path("deadlineMontreal").asText()).startsWith(deadline.plusDays(1) + "T12:00");
            assertThat(api.get("/api/opportunities/" + id + "/questions", null).items().get(0).path("answer").asText())
                    .isEqualTo("Oui, le tiers des repas.");
            Download csv = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, named("Télécharger la liste (CSV)")).click());
            assertThat(Files.readString(csv.path(), StandardCharsets.UTF_8)).startsWith("\uFEFFEntreprise,Avisée le,Consultée le,Intérêt");

            // a draft whose deadline has passed (drafted through the API): its review says what blocks publishing and where
            String buyer = api.login(BUYER, PASSWORD);
            String stale = api.post("/api/opportunities", Map.of("titleFr", "Brouillon oublié " + nonce, "categories", List.of("90100000"),
                    "regions", List.of("06"), "method", "INVITATION", "deadline", Instant.now().minusSeconds(3600).toString()), buyer)
                    .ok().path("id").asText();
            page.navigate(platform.gateway() + "/buyer/opportunities/" + stale + "/review");
            assertThat(page.getByText("Cet avis ne peut pas encore être publié")).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, named("Publier l'occasion"))).hasCount(0);
            checkNow(page, "review-blocked");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Modifier : la date limite de réponse est passée"))).click();
            assertThat(page).hasURL(platform.gateway() + "/buyer/opportunities/" + stale + "/edit/when");
            // a draft the buyer will not publish is deleted, after a confirmation that says what goes (issue 30, item 7)
            page.navigate(platform.gateway() + "/buyer/opportunities/" + stale + "/review");
            page.getByRole(AriaRole.LINK, named("Supprimer ce brouillon")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^Supprimer ce brouillon\\s\\?$")))).isVisible();
            assertThat(page.getByText("Brouillon oublié " + nonce)).isVisible();
            assertThat(page.getByText(Pattern.compile("^La suppression est définitive"))).isVisible();
            checkNow(page, "draft-delete");
            page.getByRole(AriaRole.BUTTON, named("Supprimer le brouillon")).click();
            assertThat(page).hasURL(platform.gateway() + "/buyer?done=draftDeleted");
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Le brouillon est supprimé.");
            assertThat(page.getByText("Brouillon oublié " + nonce)).hasCount(0);
            assertThat(api.get("/api/opportunities/" + stale, buyer).status()).isEqualTo(404);

            // a short call run through the API: three responses, then the deadline passes
            String shortTitle = "Collations pour le camp de jour " + nonce;
            String shortId = api.post("/api/opportunities", Map.of("titleFr", shortTitle, "categories", List.of("90100000"),
                    "regions", List.of("06"), "method", "INVITATION", "deadline", Instant.now().plusSeconds(45).toString()), buyer).ok().path("id").asText();
            api.post("/api/opportunities/" + shortId + "/publish", "", buyer).ok();
            respond(shortId, SUPPLIER, 24000);
            respond(shortId, "ventes@cuisine-sud-ouest.demo.maillage.local", 26500);
            respond(shortId, "ventes@tremplin.demo.maillage.local", 31000);
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).until(() ->
                    !api.get("/api/opportunities/" + shortId + "/responses", buyer).ok().path("sealed").asBoolean(true));

            page.navigate(platform.gateway() + "/buyer");
            page.getByRole(AriaRole.LINK, named(shortTitle)).click();
            assertThat(page.getByText("Date limite passée : décision à prendre")).isVisible();
            assertThat(page.getByText(Pattern.compile("24\\s000\\s\\$"))).isVisible();
            checkNow(page, "responses");
            checkNowOnAPhone(page.url(), "responses");
            page.getByRole(AriaRole.BUTTON, named("Présélectionner Traiteur Les Jardins Partagés")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("La réponse est présélectionnée.");
            page.getByRole(AriaRole.BUTTON, named("Rejeter Resto-insertion Le Tremplin")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Donnez la raison du rejet : l'entreprise la reçoit par courriel");
            checkNow(page, "responses-errors");
            page.getByLabel("Raison du rejet de Resto-insertion Le Tremplin").fill("Prix au-dessus du budget");
            page.getByRole(AriaRole.BUTTON, named("Rejeter Resto-insertion Le Tremplin")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("La réponse est rejetée.");
            page.getByRole(AriaRole.BUTTON, named("Adjuger à Traiteur Les Jardins Partagés")).click();
            // awarding is final: a confirmation names the enterprise, the amount and what follows (issue 30, item 9)
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^Adjuger à Traiteur Les Jardins Partagés\\s\\?$")))).isVisible();
            assertThat(page.getByText(Pattern.compile("^24\\s000\\s\\$$"))).isVisible();
            assertThat(page.getByText(Pattern.compile("^Cette décision est définitive"))).isVisible();
            checkNow(page, "award-confirm");
            checkNowOnAPhone(page.url(), "award-confirm");
            page.getByRole(AriaRole.BUTTON, named("Confirmer l'adjudication à Traiteur Les Jardins Partagés")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("L'occasion est adjugée");
            seen(page, "awarded");
            // the public notice now says who won, for how much and when, as SEAO does (issue 30, item 10)
            String decided = page.url();
            page.navigate(platform.gateway() + "/opportunities/" + shortId);
            assertThat(page.getByRole(AriaRole.HEADING, named("Adjudication"))).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, named("Traiteur Les Jardins Partagés"))).isVisible();
            assertThat(page.getByText(Pattern.compile("^24\\s000\\s\\$$"))).isVisible();
            seen(page, "award-notice");
            page.navigate(decided);

            // the contract the award created: started, then completed with its final value
            page.getByRole(AriaRole.LINK, named("Voir le contrat")).click();
            page.getByRole(AriaRole.BUTTON, named("Indiquer que le contrat a commencé")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Le contrat est commencé.");
            page.getByLabel(Pattern.compile("^Valeur finale, avant taxes")).fill("23 750,50");
            page.getByRole(AriaRole.BUTTON, named("Indiquer que le contrat est terminé")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Le contrat est terminé.");
            assertThat(page.getByText(Pattern.compile("23\\s750,50\\s\\$")).first()).isVisible();
            String contract = page.url().replaceAll(".*/buyer/contracts/([0-9a-f-]{36}).*", "$1");
            seen(page, "contract");

            // a contract an enterprise declared with the city, confirmed by the city
            String declaredTitle = "Boîtes à lunch déclarées " + nonce;
            api.post("/api/contracts", Map.of("buyerId", ville, "supplierIds", List.of(jardins), "title", declaredTitle,
                    "category", "90100000", "valueCad", 3200), supplier).ok();
            page.navigate(platform.gateway() + "/buyer");
            assertThat(page.getByRole(AriaRole.LINK, named(declaredTitle))).isVisible();
            page.getByRole(AriaRole.LINK, named("Mes contrats")).click();
            // a completed contract is listed at its final value, said to be final (issue 30, item 16)
            assertThat(page.getByText(Pattern.compile("23\\s750,50\\s\\$\\s*\\(finale\\)")).first()).isVisible();
            seen(page, "contracts");
            page.getByRole(AriaRole.LINK, named(declaredTitle)).first().click();
            seen(page, "declared");
            page.getByRole(AriaRole.BUTTON, named("Confirmer le contrat")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Le contrat est confirmé.");

            // a direct purchase below the threshold
            page.navigate(platform.gateway() + "/buyer/contracts/new");
            seen(page, "direct");
            page.getByLabel("Objet du contrat").fill("Traiteur pour la conférence de presse " + nonce);
            page.getByLabel("Fournisseur", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Traiteur Les Jardins Partagés"));
            page.getByLabel("Catégorie", new Page.GetByLabelOptions().setExact(true)).selectOption("90100000");
            page.getByLabel("Valeur, avant taxes").fill("1800");
            page.getByRole(AriaRole.BUTTON, named("Consigner le contrat")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Le contrat est consigné.");

            page.navigate(platform.gateway() + "/buyer");
            assertThat(page.getByRole(AriaRole.LINK, named(declaredTitle))).hasCount(0);
            assertThat(page.getByRole(AriaRole.LINK, named(title))).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, named(shortTitle))).hasCount(0);

            othersSeeNothingPrivate(id, contract);
        }
        everyPageAtBothWidthsHasNoViolation();
    }

    /**
     * Questions close before responses, a joint response is awarded with its partners' roles shown, the institution's
     * decision units are kept with whom to contact, and its contact log grows from its side.
     */
    @Test
    void theDemoBuyerClosesQuestionsEarlyAwardsAJointResponseKeepsItsUnitsAndLogsAContact() throws Exception {
        String nonce = Long.toString(System.nanoTime(), 36);
        String buyer = api.login(BUYER, PASSWORD);
        String lead = api.login(SUPPLIER, PASSWORD);
        String partnerEmail = "ventes@cuisine-sud-ouest.demo.maillage.local";
        String partner = api.get("/api/organizations?kind=ENTERPRISE&q=Cuisine%20collective%20du%20Sud-Ouest", null).ok().path("items").get(0)
                .path("id").asText();
        String title = "Repas du comité de quartier " + nonce;
        Instant questionsClose = Instant.now().plusSeconds(20);
        String id = api.post("/api/opportunities", Map.of("titleFr", title, "categories", List.of("90100000"), "regions", List.of("06"),
                "method", "INVITATION", "deadline", Instant.now().plusSeconds(60).toString(), "questionDeadline", questionsClose.toString()),
                buyer).ok().path("id").asText();
        api.post("/api/opportunities/" + id + "/publish", "", buyer).ok();
        String response = api.put("/api/opportunities/" + id + "/responses/mine", Map.of("priceCad", 18000,
                "proposal", "Repas préparés en groupement avec la Cuisine collective.", "partners", List.of(partner)), lead).ok().path("id").asText();
        api.post("/api/opportunities/" + id + "/responses/" + response + "/partnership", "", api.login(partnerEmail, PASSWORD)).ok();

        Map<String, String> mine = new LinkedHashMap<>();
        try (BrowserContext c = context(1280)) {
            // the enterprise sees until when it may ask, then that questions are closed while responses stay open
            Page supplierPage = signIn(c, SUPPLIER);
            supplierPage.navigate(platform.gateway() + "/supplier/opportunities/" + id);
            assertThat(supplierPage.getByText(Pattern.compile("^Questions reçues jusqu"))).isVisible();
            await().atMost(Duration.ofSeconds(40)).until(() -> Instant.now().isAfter(questionsClose));
            ApiClient.Reply late = api.post("/api/opportunities/" + id + "/questions", Map.of("question", "Encore une question?"), lead);
            assertThat(late.status()).isEqualTo(409);
            assertThat(late.raw()).contains("\"field\":\"questionDeadline\"");
            supplierPage.navigate(platform.gateway() + "/supplier/opportunities/" + id);
            assertThat(supplierPage.getByText(Pattern.compile("^La période de questions s'est terminée"))).isVisible();
            assertThat(supplierPage.getByLabel("Poser une question à l'acheteur")).hasCount(0);
            check(supplierPage, "supplier-questions-closed-1280");
            supplierPage.close();
        }
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).until(() ->
                !api.get("/api/opportunities/" + id + "/responses", buyer).ok().path("sealed").asBoolean(true));

        try (BrowserContext c = context(1280)) {
            Page page = signIn(c, BUYER);
            // the joint response with its lead and its confirmed partner, on the decision page and on the contract
            page.navigate(platform.gateway() + "/buyer/opportunities/" + id);
            assertThat(page.getByText("Traiteur Les Jardins Partagés : mandataire (a déposé la réponse)")).isVisible();
            assertThat(page.getByText(Pattern.compile("^Cuisine collective du Sud-Ouest : partenaire, a confirmé"))).isVisible();
            mine.put("joint", page.url());
            page.getByRole(AriaRole.BUTTON, named("Adjuger à Traiteur Les Jardins Partagés")).click();
            // the confirmation names the lead and its confirmed partner
            assertThat(page.getByText(Pattern.compile("^Cuisine collective du Sud-Ouest : partenaire, a confirmé"))).isVisible();
            page.getByRole(AriaRole.BUTTON, named("Confirmer l'adjudication à Traiteur Les Jardins Partagés")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("L'occasion est adjugée");
            page.getByRole(AriaRole.LINK, named("Voir le contrat")).click();
            assertThat(page.getByText(Pattern.compile("^Cuisine collective du Sud-Ouest : partenaire, a confirmé"))).isVisible();
            mine.put("joint-contract", page.url());

            // my institution: a unit added, given a contact, renamed, then retired
            page.navigate(platform.gateway() + "/buyer");
            page.getByRole(AriaRole.LINK, named("Mon institution")).click();
            assertThat(page.getByRole(AriaRole.HEADING, named("Mon institution"))).isVisible();
            mine.put("institution", page.url());
            String unit = "Parcs et espaces verts " + nonce;
            page.getByRole(AriaRole.BUTTON, named("Ajouter l'unité")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Donnez un nom à l'unité");
            checkNow(page, "institution-errors");
            page.getByLabel("Nom de l'unité").fill(unit);
            page.getByLabel("Catégories achetées (codes UNSPSC)").fill("70110000 90150000");
            page.getByLabel("Seuil (CAD)").fill("25 000");
            page.getByLabel("Appel d'offres sur invitation").check();
            page.getByRole(AriaRole.BUTTON, named("Ajouter l'unité")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("L'unité a été ajoutée.");
            page.getByRole(AriaRole.LINK, named(unit)).click();
            mine.put("unit", page.url());
            page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill("Karine Lefebvre");
            page.getByLabel("Courriel (facultatif)").fill("karine.lefebvre@ville.example");
            page.getByRole(AriaRole.BUTTON, named("Ajouter la personne")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("La personne a été ajoutée");
            assertThat(page.getByText(Pattern.compile("^Karine Lefebvre"))).isVisible();
            page.getByLabel("Nom de l'unité").fill(unit + " (Grands parcs)");
            page.getByRole(AriaRole.BUTTON, named("Enregistrer les changements")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("L'unité a été modifiée.");
            assertThat(api.get("/api/institutions/" + ville, null).ok().path("decisionUnits").toString()).contains(unit + " (Grands parcs)");
            page.getByRole(AriaRole.BUTTON, named("Retirer " + unit + " (Grands parcs)")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("L'unité a été retirée.");
            assertThat(page.getByText(Pattern.compile("retirée le"))).isVisible();
            assertThat(api.get("/api/institutions/" + ville, null).ok().path("decisionUnits").toString()).doesNotContain(unit);

            // the contact log from the institution's side
            page.navigate(platform.gateway() + "/buyer");
            page.getByRole(AriaRole.LINK, named("Journal de contacts")).click();
            mine.put("contacts", page.url());
            page.getByRole(AriaRole.LINK, named("Consigner un contact")).click();
            mine.put("contact-new", page.url());
            page.getByLabel("Avec qui?").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Traiteur Les Jardins Partagés"));
            page.getByLabel("Moyen").selectOption("MEETING");
            page.getByLabel("Résumé").fill("Visite de la cuisine avant l'appel d'offres " + nonce);
            page.getByRole(AriaRole.BUTTON, named("Consigner le contact")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Contact consigné.");
            assertThat(page.getByText("Votre institution")).isVisible();
            mine.put("contact", page.url());
            page.navigate(platform.gateway() + "/buyer/contacts/with/" + jardins);
            mine.put("contact-history", page.url());
            assertThat(page.getByText("Visite de la cuisine avant l'appel d'offres " + nonce)).isVisible();
        }
        // the enterprise finds the same contact in its own log
        assertThat(api.get("/api/contacts?limit=500", lead).ok().toString()).contains("Visite de la cuisine avant l'appel d'offres " + nonce);
        for (int width : new int[]{375, 1280}) {
            try (BrowserContext c = context(width)) {
                Page page = signIn(c, BUYER);
                for (Map.Entry<String, String> e : mine.entrySet()) {
                    page.navigate(e.getValue());
                    check(page, e.getKey() + "-" + width);
                }
                c.addCookies(List.of(new Cookie("maillage-lang", "en").setUrl(platform.gateway())));
                for (Map.Entry<String, String> e : mine.entrySet()) {
                    page.navigate(e.getValue());
                    assertThat(page.locator("html")).hasAttribute("lang", Pattern.compile("^en"));
                    check(page, e.getKey() + "-" + width + "-en");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** A buyer of another institution: the manage pages, the funnel and the contract are not theirs. */
    private void othersSeeNothingPrivate(String opportunity, String contract) {
        String draft = api.post("/api/opportunities", Map.of("titleFr", "Brouillon privé", "categories", List.of("90100000"),
                "regions", List.of("06"), "method", "INVITATION", "deadline", "2099-03-10T12:00"), api.login(BUYER, PASSWORD)).ok().path("id").asText();
        try (BrowserContext c = context(1280)) {
            Page page = signIn(c, OTHER_BUYER);
            assertThat(page).hasURL(platform.gateway() + "/buyer");
            for (String path : List.of("/buyer/opportunities/" + opportunity, "/buyer/opportunities/" + opportunity + "/matches.csv")) {
                page.navigate(platform.gateway() + path);
                assertThat(page.getByRole(AriaRole.HEADING, named("Accès refusé"))).isVisible();
            }
            for (String path : List.of("/buyer/contracts/" + contract, "/buyer/opportunities/" + draft + "/edit/what",
                    "/buyer/opportunities/" + draft + "/review")) {
                page.navigate(platform.gateway() + path);
                assertThat(page.getByRole(AriaRole.HEADING, named("Page introuvable"))).isVisible();
            }
            page.navigate(platform.gateway() + "/buyer/contracts");
            assertThat(page.getByText("Traiteur pour la conférence de presse")).hasCount(0);
        }
    }

    private void everyPageAtBothWidthsHasNoViolation() throws Exception {
        // the drafting steps went to an opportunity that is now published: seen again on a fresh draft
        String draft = api.post("/api/opportunities", Map.of("titleFr", "Brouillon pour la vérification", "categories", List.of("90100000"),
                "regions", List.of("06"), "method", "INVITATION", "deadline", "2099-03-10T12:00"), api.login(BUYER, PASSWORD)).ok().path("id").asText();
        visited.replaceAll((name, url) -> name.startsWith("draft-") || name.equals("review")
                ? url.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", draft) : url);
        for (int width : new int[]{375, 1280}) {
            try (BrowserContext c = context(width)) {
                Page page = signIn(c, BUYER);
                for (Map.Entry<String, String> e : visited.entrySet()) {
                    page.navigate(e.getValue());
                    page.waitForLoadState();
                    check(page, e.getKey() + "-" + width);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private void respond(String opportunity, String email, int price) {
        api.put("/api/opportunities/" + opportunity + "/responses/mine", Map.of("priceCad", price,
                "proposal", "Menu local et de saison, livraison comprise."), api.login(email, PASSWORD)).ok();
    }
}
