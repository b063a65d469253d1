package org.maillage.system.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.Media;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillage.devstack.DemoAccounts;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pilot coordinator's pages in a real Chromium against the whole platform with the demo loaded: the
 * dashboard follows the period and its tables say what the API says, the funders' report prints, an application
 * is approved, a spreadsheet with bad rows is reported then a fixed one imported, an account is opened and its
 * one-time code works; a coordinator of the other pilot gets none of it; axe-core on every page, both languages,
 * phone and desktop, with screenshots under target/screenshots/coordinator-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoordinatorBrowserIT extends BrowserTest {

    private static final String MONTREAL = DemoAccounts.MONTREAL_PILOT;
    private static final String OTHER_PASSWORD = "Estrie-Seulement-2015!";
    private static final String FR = "fr";

    private String token;
    private String estrie;
    private String estrieCoordinator;

    @BeforeAll
    void start() throws Exception {
        token = api.login(DemoAccounts.COORDINATOR_EMAIL, DemoAccounts.COORDINATOR_PASSWORD);
        // by its name: the shared platform has the pilots other tests made beside the demo's two
        for (JsonNode p : api.get("/api/pilots", null).items()) {
            if (p.path("name").asText().startsWith("Estrie")) {
                estrie = p.path("id").asText();
            }
        }
        // a coordinator of Estrie only, opened through the API by the demo coordinator
        estrieCoordinator = "coordination-estrie-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@maillage.local";
        api.post("/api/accounts", Map.of("email", estrieCoordinator, "password", OTHER_PASSWORD, "role", "COORDINATOR",
                "pilots", List.of(estrie), "language", "fr"), token).ok();
    }

    /** Signs in through the site's own form, then keeps the page's language (the account's would apply at sign-in). */
    private Page signIn(BrowserContext c, String email, String password, String lang) {
        Page page = c.newPage();
        page.navigate(platform.gateway() + "/sign-in?back=%2Fcoordinator");
        page.locator("#email").fill(email);
        page.locator("#password").fill(password);
        page.locator("form[action='/sign-in'] button[type=submit]").click();
        page.waitForURL(platform.gateway() + "/coordinator");
        c.addCookies(List.of(new Cookie("maillage-lang", lang).setUrl(platform.gateway())));
        page.reload();
        return page;
    }

    private Page coordinator(BrowserContext c, String lang) {
        return signIn(c, DemoAccounts.COORDINATOR_EMAIL, DemoAccounts.COORDINATOR_PASSWORD, lang);
    }

    private static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.CANADA_FRENCH).format(n);
    }

    @Test
    void theDashboardFollowsThePeriodAndEachTableSaysWhatTheApiSays() {
        JsonNode whole = api.get("/api/reports/pilots/" + MONTREAL + "/dashboard?from=2014-03&to=2015-08&within=12", null).ok();
        JsonNode first = api.get("/api/reports/pilots/" + MONTREAL + "/dashboard?from=2014-03&to=2014-08&within=12", null).ok();
        assertThat(first.path("headline").path("contracts").asLong()).as("the demo's first months have fewer contracts")
                .isLessThan(whole.path("headline").path("contracts").asLong());
        try (BrowserContext c = context(FR, 1280)) {
            Page page = coordinator(c, FR);
            page.locator("main a[href='/coordinator/pilots/" + MONTREAL + "']").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Tableau de bord");
            page.getByLabel("Du mois").fill("2014-03");
            page.getByLabel("Au mois").fill("2015-08");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afficher la période")).click();
            assertThat(page.locator("#figure-contracts")).hasText(number(whole.path("headline").path("contracts").asLong()));
            expectInstitutionsTable(page, whole);
            assertThat(page.locator("figure[data-chart='table-institutions'] canvas")).isVisible();

            page.getByLabel("Au mois").fill("2014-08");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afficher la période")).click();
            assertThat(page).hasURL(url("/coordinator/pilots/" + MONTREAL + "?from=2014-03&to=2014-08&within=12"));
            assertThat(page.locator("#figure-contracts")).hasText(number(first.path("headline").path("contracts").asLong()));
            expectInstitutionsTable(page, first);
            expectRows(page, "table-months", first.path("byMonth"), "month", "contracts");
            expectRows(page, "table-funnel", List.of(first.path("funnel").path("published").asLong(), first.path("funnel").path("matched").asLong(),
                    first.path("funnel").path("interested").asLong(), first.path("funnel").path("notInterested").asLong(),
                    first.path("funnel").path("responded").asLong(), first.path("funnel").path("awarded").asLong()));
            assertThat(page.locator("#figure-first-contacts")).hasText(number(first.path("contacts").path("firstContacts").asLong()));

            page.getByLabel("Au mois").fill("2013-01");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afficher la période")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Le dernier mois doit venir après le premier");
            assertThat(page.getByLabel("Au mois")).hasValue("2013-01");
            PageAudit.screenshot(page, "coordinator-dashboard-error-fr-1280");
        }
    }

    private static void expectInstitutionsTable(Page page, JsonNode dashboard) {
        Locator rows = page.locator("#table-institutions tbody tr");
        assertThat(rows).hasCount(dashboard.path("byInstitution").size());
        for (JsonNode i : dashboard.path("byInstitution")) {
            Locator row = rows.filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.ROWHEADER,
                    new Page.GetByRoleOptions().setName(i.path("name").asText()).setExact(true))));
            assertThat(row.locator("td").first()).hasText(number(i.path("contracts").asLong()));
        }
    }

    private static void expectRows(Page page, String table, JsonNode apiRows, String label, String count) {
        Locator rows = page.locator("#" + table + " tbody tr");
        assertThat(rows).hasCount(apiRows.size());
        for (int r = 0; r < apiRows.size(); r++) {
            assertThat(rows.nth(r).locator("th")).hasText(apiRows.get(r).path(label).asText());
            assertThat(rows.nth(r).locator("td").first()).hasText(number(apiRows.get(r).path(count).asLong()));
        }
    }

    private static void expectRows(Page page, String table, List<Long> counts) {
        Locator rows = page.locator("#" + table + " tbody tr");
        assertThat(rows).hasCount(counts.size());
        for (int r = 0; r < counts.size(); r++) {
            assertThat(rows.nth(r).locator("td").first()).hasText(number(counts.get(r)));
        }
    }

    @Test
    void theFundersReportSaysTheResultInWordsPrintsAndLinksToItsData() {
        JsonNode d = api.get("/api/reports/pilots/" + MONTREAL + "/dashboard?from=2014-03&to=2015-08&within=12", null).ok();
        try (BrowserContext c = context(FR, 1280)) {
            Page page = coordinator(c, FR);
            page.navigate(url("/coordinator/pilots/" + MONTREAL + "?from=2014-03&to=2015-08"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rapport aux bailleurs de fonds")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Rapport de résultats");
            assertThat(page.locator(".report .lead")).containsText(number(d.path("headline").path("institutionsWithContract").asLong()) + " des "
                    + number(d.path("headline").path("institutions").asLong()) + " institutions");
            assertThat(page.locator(".report .lead")).containsText(number(d.path("headline").path("contracts").asLong()) + " contrats");

            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertThat(page.locator(".sub-nav")).isHidden();
            assertThat(page.locator(".period-form")).isHidden();
            assertThat(page.locator(".report h1")).isVisible();
            page.pdf(new Page.PdfOptions().setPath(PageAudit.file("coordinator-report-fr.pdf")));
            PageAudit.screenshot(page, "coordinator-report-print-fr-1280");
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

            String csv = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Contrats par institution (CSV)")).getAttribute("href");
            APIResponse table = c.request().get(url(csv));
            assertThat(table.status()).isEqualTo(200);
            assertThat(table.headers().get("content-type")).startsWith("text/csv");
            String ocds = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Télécharger le paquet OCDS (JSON)")).getAttribute("href");
            assertThat(c.request().get(url(ocds)).status()).isEqualTo(200);
            // the tables that name enterprises are not public: the site fetches them with the coordinator's token
            APIResponse enterprises = c.request().get(url("/coordinator/pilots/" + MONTREAL + "/csv/enterprises?from=2014-03&to=2015-08"));
            assertThat(enterprises.status()).isEqualTo(200);
            assertThat(enterprises.headers().get("content-type")).startsWith("text/csv");
            assertThat(enterprises.text()).contains("Traiteur Les Jardins Partagés");
        }
    }

    @Test
    void eachEnterprisesResultsAreTheApisRows() {
        // the page opens on an ended pilot's own months (issue 29): the API's rows for those months
        JsonNode pilot = api.get("/api/pilots/" + MONTREAL, null).ok();
        JsonNode rows = api.get("/api/reports/pilots/" + MONTREAL + "/enterprises?from=" + pilot.path("startsOn").asText().substring(0, 7)
                + "&to=" + pilot.path("endsOn").asText().substring(0, 7), token).items();
        try (BrowserContext c = context(FR, 1280)) {
            Page page = coordinator(c, FR);
            page.navigate(url("/coordinator/pilots/" + MONTREAL));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Résultats par entreprise").setExact(true)).click();
            Locator table = page.locator("#table-enterprises tbody tr");
            assertThat(table).hasCount(rows.size());
            for (JsonNode r : rows) {
                Locator row = table.filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.ROWHEADER,
                        new Page.GetByRoleOptions().setName(r.path("name").asText()).setExact(true))));
                assertThat(row.locator("td").nth(0)).hasText(number(r.path("matched").asLong()));
                assertThat(row.locator("td").nth(2)).hasText(number(r.path("wins").asLong()));
            }
        }
    }

    @Test
    void theReferralMapShowsEveryIntroductionAsAPictureAndAsText() {
        JsonNode contacts = api.get("/api/contacts?pilot=" + MONTREAL + "&limit=500", token).items();
        List<String> introduced = new ArrayList<>();
        for (JsonNode c : contacts) {
            if (!c.path("introducedByContactId").isNull() && !c.path("introducedByContactId").isMissingNode()) {
                introduced.add(c.path("enterpriseName").asText() + " – " + c.path("counterpartName").asText());
            }
        }
        assertThat(introduced).as("the demo has introductions").isNotEmpty();
        try (BrowserContext c = context(FR, 1280)) {
            Page page = coordinator(c, FR);
            page.navigate(url("/coordinator/pilots/" + MONTREAL + "?from=2013-09&to=2026-12"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Carte des mises en relation").setExact(true)).click();
            assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("chaînes de mises en relation").setExact(false))).isVisible();
            for (String label : introduced) {
                assertThat(page.locator(".referral-list li").filter(new Locator.FilterOptions().setHasText(label)).first()).isVisible();
            }
            // contacts that led to a contract say so in words, in the list and on the picture, not only by colour
            JsonNode led = api.get("/api/reports/pilots/" + MONTREAL + "/contacts/contracts", token).ok().path("items");
            assertThat(led.size()).as("the demo's contacts led to contracts").isPositive();
            assertThat(page.locator(".referral-list .led-to-contract").first()).containsText("a mené à un contrat");
            assertThat(page.locator("svg text").filter(new Locator.FilterOptions().setHasText("a mené à un contrat")).first()).isAttached();
            assertThat(page.locator("#map-caption")).containsText("ont mené à un contrat");
            PageAudit.screenshot(page, "coordinator-referrals-contracts-fr-1280");
        }
    }

    @Test
    void aCoordinatorApprovesAnApplication() {
        String name = "Atelier d'essai " + ThreadLocalRandom.current().nextInt(1_000_000);
        String id = api.post("/api/enterprises/applications", Map.of("legalName", name, "neq", neq(), "categories", List.of("90100000"),
                "regions", List.of("06"), "pilotId", MONTREAL), null).ok().path("id").asText();
        try (BrowserContext c = context(FR, 375)) {
            Page page = coordinator(c, FR);
            page.navigate(url("/coordinator/pilots/" + MONTREAL + "/members"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approuver " + name)).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText(name + " est maintenant membre actif");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approuver " + name))).hasCount(0);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Désactiver " + name))).isVisible();
            PageAudit.screenshot(page, "coordinator-members-approved-fr-375");
            assertThat(api.get("/api/enterprises/" + id, null).ok().path("status").asText()).isEqualTo("ACTIVE");

            // deactivating asks first, naming the member and what follows (issue 29, item 13)
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Désactiver " + name)).click();
            // a substring match: Playwright runs regular expressions as JavaScript, which has no quoting for a name
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Désactiver " + name))).isVisible();
            assertThat(page.getByText("Vous pourrez la réactiver à tout moment depuis la liste des membres.")).isVisible();
            assertThat(api.get("/api/enterprises/" + id, null).ok().path("status").asText()).as("nothing changed yet").isEqualTo("ACTIVE");
            assertThat(PageAudit.violations(page, "coordinator-deactivate-fr-375")).isEmpty();
            PageAudit.screenshot(page, "coordinator-deactivate-fr-375");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Désactiver " + name)).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText(name + " est désactivé");
        }
        assertThat(api.get("/api/enterprises/" + id, null).ok().path("status").asText()).isNotEqualTo("ACTIVE");
    }

    @Test
    void aCoordinatorRefusesAnApplicationWithAReasonKeptAndShownApartFromDeactivatedMembers() {
        String name = "Refus d'essai " + ThreadLocalRandom.current().nextInt(1_000_000);
        String id = api.post("/api/enterprises/applications", Map.of("legalName", name, "neq", neq(), "pilotId", MONTREAL,
                "contactEmail", "demandeur@exemple.org", "contactLanguage", "en"), null).ok().path("id").asText();
        String reason = "Hors du territoire du projet pilote : présentez-vous au projet de votre région.";
        for (String lang : List.of(FR, "en")) {
            int width = lang.equals(FR) ? 375 : 1280;
            try (BrowserContext c = context(lang, width)) {
                Page page = coordinator(c, lang);
                page.navigate(url("/coordinator/pilots/" + MONTREAL + "/members"));
                if (lang.equals(FR)) {
                    // no reason: refused by the page, the error next to the field and in the summary
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refuser " + name)).click();
                    assertThat(page.getByRole(AriaRole.ALERT)).containsText("Indiquez la raison du refus");
                    assertThat(page.getByLabel("Raison du refus de " + name)).hasAttribute("aria-invalid", "true");
                    List<String> problems = new ArrayList<>();
                    axe(page, "members-refusal-error-fr-375", problems);
                    assertThat(problems).isEmpty();
                    PageAudit.screenshot(page, "coordinator-members-refusal-error-fr-375");
                    page.getByLabel("Raison du refus de " + name).fill(reason);
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refuser " + name)).click();
                    assertThat(page.getByRole(AriaRole.STATUS)).containsText("La demande de " + name + " est refusée");
                    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refuser " + name))).hasCount(0);
                }
                Locator refused = page.locator("section[aria-labelledby=refused] li").filter(new Locator.FilterOptions().setHasText(name));
                assertThat(refused).containsText(reason);
                assertThat(refused).containsText("demandeur@exemple.org");
                // not a member to reactivate: it never joined
                assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName((lang.equals(FR) ? "Réactiver " : "Reactivate ") + name))).hasCount(0);
                List<String> problems = new ArrayList<>();
                axe(page, "members-refused-" + lang + "-" + width, problems);
                assertThat(problems).isEmpty();
                PageAudit.screenshot(page, "coordinator-members-refused-" + lang + "-" + width);
            }
        }
        // a refused application stays private: its pilot's coordinator reads it REFUSED, anyone else is told it does not exist
        assertThat(api.get("/api/enterprises/" + id, null).status()).isEqualTo(404);
        assertThat(api.get("/api/enterprises/" + id, token).ok().path("status").asText()).isEqualTo("REFUSED");
    }

    @Test
    void theAccountsPageSaysWhoHasNotSignedInYetAndGivesThemANewCode() {
        String email = "ventes-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@jardins.demo.maillage.local";
        String organization = api.get("/api/organizations?q=" + java.net.URLEncoder.encode("Jardins Partagés", StandardCharsets.UTF_8), null)
                .ok().path("items").get(0).path("id").asText();
        api.post("/api/accounts", Map.of("email", email, "password", OTHER_PASSWORD, "role", "SUPPLIER", "organizationId", organization,
                "pilots", List.of(MONTREAL), "language", "fr"), token).ok();
        for (String lang : List.of(FR, "en")) {
            int width = lang.equals(FR) ? 375 : 1280;
            try (BrowserContext c = context(lang, width)) {
                Page page = coordinator(c, lang);
                page.navigate(url("/coordinator/pilots/" + MONTREAL + "/accounts"));
                Locator row = page.locator("#table-waiting tr").filter(new Locator.FilterOptions().setHasText(email));
                assertThat(row).containsText("Traiteur Les Jardins Partagés");
                if (lang.equals(FR)) {
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nouveau code pour " + email)).click();
                    assertThat(page.getByRole(AriaRole.STATUS)).containsText("Un nouveau code à usage unique est émis pour " + email);
                    assertThat(page.locator("#resent-code")).not().isEmpty();
                }
                List<String> problems = new ArrayList<>();
                axe(page, "accounts-waiting-" + lang + "-" + width, problems);
                assertThat(problems).isEmpty();
                PageAudit.screenshot(page, "coordinator-accounts-waiting-" + lang + "-" + width);
            }
        }
        api.login(email, OTHER_PASSWORD);
        try (BrowserContext c = context(FR, 1280)) {
            Page page = coordinator(c, FR);
            page.navigate(url("/coordinator/pilots/" + MONTREAL + "/accounts"));
            assertThat(page.locator("#not-signed-in")).isVisible();
            assertThat(page.locator("section[aria-labelledby=not-signed-in]")).not().containsText(email);
        }
    }

    @Test
    void aSpreadsheetWithBadRowsIsReportedCellByCellThenTheFixedOneIsImported() {
        String good = "Coop d'essai " + ThreadLocalRandom.current().nextInt(1_000_000);
        String second = "Insertion d'essai " + ThreadLocalRandom.current().nextInt(1_000_000);
        String neq1 = neq();
        String neq2 = neq();
        String bad = "nom_legal;neq;categories;regions\n" + good + ";" + neq1 + ";90100000;06\n" + second + ";12345;90100000;99\n";
        String fixed = "nom_legal;neq;categories;regions\n" + good + ";" + neq1 + ";90100000;06\n" + second + ";" + neq2 + ";90100000;06\n";
        try (BrowserContext c = context(FR, 1280)) {
            Page page = coordinator(c, FR);
            page.navigate(url("/coordinator/pilots/" + MONTREAL + "/import"));
            APIResponse template = c.request().get(url("/coordinator/pilots/" + MONTREAL + "/import/template-fr.csv"));
            assertThat(template.text()).contains("nom_legal,neq,forme_juridique");

            page.getByLabel("Fichier CSV des entreprises").setInputFiles(new FilePayload("entreprises.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vérifier le fichier")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Ligne 3");
            Locator neqCell = page.locator("#cell-3-1");
            assertThat(neqCell).containsText("12345");
            assertThat(neqCell.locator(".field-error")).containsText("NEQ");
            assertThat(page.locator("#cell-3-3 .field-error")).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer pour de vrai"))).hasCount(0);
            List<String> problems = new ArrayList<>();
            axe(page, "import-report-fr-1280", problems);
            assertThat(problems).isEmpty();
            PageAudit.screenshot(page, "coordinator-import-report-fr-1280");

            page.getByLabel("Fichier CSV des entreprises").setInputFiles(new FilePayload("entreprises.csv", "text/csv", fixed.getBytes(StandardCharsets.UTF_8)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vérifier le fichier")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("2 entreprises seront créées");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer pour de vrai")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Importation terminée");
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("2 entreprises créées");
        }
        JsonNode found = api.get("/api/organizations?q=" + java.net.URLEncoder.encode(second, StandardCharsets.UTF_8), null).ok();
        assertThat(found.path("items").findValuesAsText("name")).contains(second);
    }

    @Test
    void anAccountIsOpenedAndItsOneTimeCodeLetsThePersonChooseAPassword() {
        String email = "achats-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@ville.maillage.local";
        String code;
        try (BrowserContext c = context(FR, 375)) {
            Page page = coordinator(c, FR);
            page.navigate(url("/coordinator/pilots/" + MONTREAL + "/accounts"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ouvrir le compte")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Indiquez une adresse courriel");
            List<String> problems = new ArrayList<>();
            axe(page, "accounts-errors-fr-375", problems);
            assertThat(problems).isEmpty();
            PageAudit.screenshot(page, "coordinator-accounts-errors-fr-375");

            page.getByLabel("Adresse courriel de la personne").fill(email);
            page.getByLabel("Organisation", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Ville de Montréal"));
            page.getByLabel("Acheteur (personne d'une institution)").check();
            page.getByLabel("Français", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ouvrir le compte")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Compte ouvert");
            code = page.locator("#reset-code").textContent().strip();
            PageAudit.screenshot(page, "coordinator-accounts-opened-fr-375");
        }
        try (BrowserContext c = context(FR, 375)) {
            Page page = c.newPage();
            page.navigate(url("/choose-password"));
            page.getByLabel("Code à usage unique").fill(code);
            page.getByLabel("Nouveau mot de passe", new Page.GetByLabelOptions().setExact(false)).first().fill("Mon-Nouveau-Mot-2026!");
            page.getByLabel("Nouveau mot de passe, encore une fois").fill("Pas-le-meme-mot-2026!");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer mon mot de passe")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("ne sont pas identiques");
            assertThat(page.getByLabel("Code à usage unique")).hasValue(code);
            List<String> problems = new ArrayList<>();
            axe(page, "choose-password-fr-375", problems);
            assertThat(problems).isEmpty();
            PageAudit.screenshot(page, "coordinator-choose-password-fr-375");
            page.getByLabel("Nouveau mot de passe", new Page.GetByLabelOptions().setExact(false)).first().fill("Mon-Nouveau-Mot-2026!");
            page.getByLabel("Nouveau mot de passe, encore une fois").fill("Mon-Nouveau-Mot-2026!");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer mon mot de passe")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Votre mot de passe est enregistré");
        }
        assertThat(api.login(email, "Mon-Nouveau-Mot-2026!")).isNotBlank();
    }

    @Test
    void anOrganizationOfAnotherPilotIsInvitedAndJoinsWhenItsOwnAccountAccepts() {
        String name = "Coop de l'Estrie " + ThreadLocalRandom.current().nextInt(1_000_000);
        String enterprise = api.post("/api/enterprises", Map.of("legalName", name, "neq", neq(), "categories", List.of("90100000"),
                "regions", List.of("05"), "pilotId", estrie), token).ok().path("id").asText();
        String seller = "ventes-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@estrie.maillage.local";
        api.post("/api/accounts", Map.of("email", seller, "password", OTHER_PASSWORD, "role", "SUPPLIER", "organizationId", enterprise,
                "pilots", List.of(estrie), "language", "en"), token).ok();
        String montreal = "";
        for (JsonNode p : api.get("/api/pilots", null).items()) {
            if (p.path("id").asText().equals(MONTREAL)) {
                montreal = p.path("name").asText();
            }
        }
        try (BrowserContext c = context(FR, 1280)) {
            Page page = coordinator(c, FR);
            page.navigate(url("/coordinator/pilots/" + MONTREAL + "/members"));
            page.getByLabel("Nom de l'organisation").fill(name);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chercher")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inviter " + name)).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("L'invitation est envoyée");
        }
        // not a member until the enterprise says yes
        assertThat(api.get("/api/enterprises/" + enterprise, null).ok().path("pilots").toString()).doesNotContain(MONTREAL);
        try (BrowserContext c = context("en", 375)) {
            Page page = signIn(c, seller, OTHER_PASSWORD, "en");
            page.navigate(url("/account"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("An invitation to join a pilot"))).isVisible();
            List<String> problems = new ArrayList<>();
            axe(page, "account-invitation-en-375", problems);
            assertThat(problems).isEmpty();
            PageAudit.screenshot(page, "account-invitation-en-375");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the invitation from " + montreal)).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your organization is now a member of " + montreal + ".");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the invitation from " + montreal))).hasCount(0);
            PageAudit.screenshot(page, "account-invitation-accepted-en-375");
        }
        assertThat(api.get("/api/enterprises/" + enterprise, null).ok().path("pilots").toString()).contains(MONTREAL).contains(estrie);
    }

    @Test
    void aCoordinatorOfTheOtherPilotGetsNothingOfThisOne() {
        String name = "Demande d'ailleurs " + ThreadLocalRandom.current().nextInt(1_000_000);
        String application = api.post("/api/enterprises/applications", Map.of("legalName", name, "neq", neq(), "pilotId", MONTREAL), null)
                .ok().path("id").asText();
        try (BrowserContext c = context(FR, 1280)) {
            Page page = signIn(c, estrieCoordinator, OTHER_PASSWORD, FR);
            assertThat(page.locator("main a[href='/coordinator/pilots/" + estrie + "']")).isVisible();
            assertThat(page.locator("a[href^='/coordinator/pilots/" + MONTREAL + "']")).hasCount(0);
            for (String path : List.of("", "/report", "/members", "/import", "/accounts", "/open-data", "/csv/enterprises",
                    "/import/template-fr.csv")) {
                Response r = page.navigate(url("/coordinator/pilots/" + MONTREAL + path));
                assertThat(r.status()).as(path).isEqualTo(404);
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Page introuvable");
                assertThat(page.content()).doesNotContain("Ville de Montréal");
            }
            page.navigate(url("/coordinator/pilots/" + estrie));
            String csrf = String.valueOf(page.evaluate("document.body.dataset.csrf"));
            APIResponse approve = c.request().post(url("/coordinator/pilots/" + MONTREAL + "/members/" + application + "/approve"),
                    RequestOptions.create().setForm(FormData.create().set("_csrf", csrf)).setMaxRedirects(0));
            assertThat(approve.status()).isEqualTo(404);
            APIResponse open = c.request().post(url("/coordinator/pilots/" + MONTREAL + "/accounts"), RequestOptions.create()
                    .setForm(FormData.create().set("_csrf", csrf).set("email", "x@y.ca").set("role", "BUYER").set("language", "fr"))
                    .setMaxRedirects(0));
            assertThat(open.status()).isEqualTo(404);
        }
        // an application is not public: its own pilot's coordinator sees it still pending
        assertThat(api.get("/api/enterprises/" + application, null).status()).isEqualTo(404);
        assertThat(api.get("/api/enterprises/" + application, token).ok().path("status").asText()).isEqualTo("PENDING");
        try (BrowserContext c = context(FR, 1280)) {
            Page page = signIn(c, "achats@ville.maillage.local", "Demo-Maillage-2014!", FR);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Accès refusé");
        }
    }

    @Test
    void everyCoordinatorPageInBothLanguagesAndBothSizesHasNoAccessibilityViolation() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/coordinator");
        pages.put("dashboard", "/coordinator/pilots/" + MONTREAL + "?from=2014-03&to=2015-08");
        pages.put("report", "/coordinator/pilots/" + MONTREAL + "/report?from=2014-03&to=2015-08");
        pages.put("results", "/coordinator/pilots/" + MONTREAL + "/results?from=2014-03&to=2015-08");
        pages.put("referrals", "/coordinator/pilots/" + MONTREAL + "/referrals?from=2013-09&to=2015-08");
        pages.put("members", "/coordinator/pilots/" + MONTREAL + "/members?q=estrie");
        pages.put("import", "/coordinator/pilots/" + MONTREAL + "/import");
        pages.put("accounts", "/coordinator/pilots/" + MONTREAL + "/accounts");
        pages.put("open-data", "/coordinator/pilots/" + MONTREAL + "/open-data");
        pages.put("estrie", "/coordinator/pilots/" + estrie);
        pages.put("choose-password", "/choose-password");
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("fr", "en")) {
            for (int width : new int[]{375, 1280}) {
                try (BrowserContext c = context(lang, width)) {
                    Page page = coordinator(c, lang);
                    for (Map.Entry<String, String> entry : pages.entrySet()) {
                        Response r = page.navigate(url(entry.getValue()));
                        page.waitForLoadState();
                        String name = entry.getKey() + "-" + lang + "-" + width;
                        assertThat(r.status()).as(name).isEqualTo(200);
                        assertThat(page.locator("html")).hasAttribute("lang", lang);
                        axe(page, name, problems);
                        PageAudit.screenshot(page, "coordinator-" + name);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void axe(Page page, String name, List<String> problems) {
        problems.addAll(PageAudit.violations(page, name));
    }

    /** A fresh, well-formed Québec enterprise number: 10 digits starting with 1. */
    private static String neq() {
        return "1" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
    }
}
