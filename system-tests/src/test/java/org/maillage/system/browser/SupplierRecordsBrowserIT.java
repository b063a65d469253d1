package org.maillage.system.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's supplier in a real Chromium against the whole platform with the demo loaded: declares contracts
 * (the other enterprise confirms one through the same page, the institution its own through the API, as the
 * buyer's pages are another area's), logs a contact introduced by an earlier one and follows the chain, edits
 * the profile and finds it in the public directory, changes the email alerts; part of it on a phone in English.
 * Every page is checked by axe-core (WCAG 2.2 A and AA) and photographed (target/screenshots/records-*.png).
 * Another enterprise's account sees none of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupplierRecordsBrowserIT extends BrowserTest {

    private static final String SUPPLIER = "ventes@coop.maillage.local";
    private static final String PARTNER = "ventes@tremplin.demo.maillage.local";
    private static final String STRANGER = "ventes@eclat.demo.maillage.local";
    private static final String CITY_BUYER = "achats@ville.maillage.local";
    private static final String PASSWORD = "Demo-Maillage-2014!";

    private final PageAudit audit = new PageAudit("records");

    @AfterAll
    void stop() {
        assertThat(audit.problems()).isEmpty();
    }

    /** Opens a page that needs signing in, signs in on the page it sends to, and lands back on it (in French: the demo accounts' language). */
    private Page signedIn(BrowserContext c, String email, String path) {
        Page page = c.newPage();
        page.navigate(platform.gateway() + path);
        page.getByLabel("Adresse courriel").or(page.getByLabel("Email address")).fill(email);
        page.getByLabel("Mot de passe").or(page.getByLabel("Password")).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter").setExact(true))
                .or(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true))).click();
        assertThat(page).hasURL(platform.gateway() + path);
        return page;
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The entry of a list (contract, contact) whose heading is this text. */
    private static Locator entry(Page page, String heading) {
        return page.locator(".results > li").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(heading).setExact(true))));
    }

    @Test
    void aDeclaredContractIsConfirmedByTheOtherEnterpriseOnThisPageAndByTheInstitutionThroughTheApi() {
        try (BrowserContext c = context("fr", 1280)) {
            Page page = signedIn(c, SUPPLIER, "/supplier/contracts");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mes contrats").setLevel(1))).isVisible();
            audit.check(page, "contracts-fr-1280");

            link(page, "Déclarer un contrat obtenu").click();
            audit.check(page, "declare-fr-1280");
            page.getByLabel("Objet du contrat").fill("Boîtes à lunch du camp de jour");
            page.getByLabel("Valeur avant taxes, en dollars").fill("douze mille");
            button(page, "Déclarer le contrat").click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Choisissez l'organisation qui vous a confié le contrat");
            assertThat(page.getByRole(AriaRole.ALERT)).isFocused();
            assertThat(page.getByLabel("Objet du contrat")).hasValue("Boîtes à lunch du camp de jour");
            assertThat(page.getByLabel("Valeur avant taxes, en dollars")).hasValue("douze mille");
            audit.check(page, "declare-errors-fr-1280");

            page.getByLabel("Qui vous a confié ce contrat?").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Resto-insertion Le Tremplin"));
            page.getByLabel("Catégorie").selectOption("90100000");
            page.getByLabel("Valeur avant taxes, en dollars").fill("12 500,50");
            page.getByLabel("Début (facultatif)").fill("2015-06-01");
            button(page, "Déclarer le contrat").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Contrat déclaré");
            assertThat(entry(page, "Boîtes à lunch du camp de jour")).containsText("En attente de confirmation par Resto-insertion Le Tremplin");
            assertThat(entry(page, "Boîtes à lunch du camp de jour")).containsText("12 500,50 $");

            link(page, "Déclarer un contrat obtenu").click();
            page.getByLabel("Qui vous a confié ce contrat?").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Ville de Montréal"));
            page.getByLabel("Objet du contrat").fill("Repas du conseil municipal");
            page.getByLabel("Catégorie").selectOption("90100000");
            page.getByLabel("Valeur avant taxes, en dollars").fill("3 200");
            button(page, "Déclarer le contrat").click();
            assertThat(entry(page, "Repas du conseil municipal")).containsText("En attente de confirmation par Ville de Montréal");
        }

        try (BrowserContext c = context("fr", 375)) {
            Page page = signedIn(c, PARTNER, "/supplier/contracts");
            assertThat(entry(page, "Boîtes à lunch du camp de jour").first()).containsText("Traiteur Les Jardins Partagés");
            audit.check(page, "contracts-counterpart-fr-375");
            button(page, "Confirmer « Boîtes à lunch du camp de jour »").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Contrat confirmé");
            assertThat(button(page, "Confirmer « Boîtes à lunch du camp de jour »")).hasCount(0);
            assertThat(entry(page, "Boîtes à lunch du camp de jour").last()).containsText("Confirmé");
        }

        // the institution confirms its own through the buyer's pages, another area's: here through the API
        String city = api.login(CITY_BUYER, PASSWORD);
        JsonNode declared = api.get("/api/contracts/declared", city).items();
        String id = StreamSupport.stream(declared.spliterator(), false).filter(k -> k.path("title").asText().equals("Repas du conseil municipal"))
                .findFirst().orElseThrow().path("id").asText();
        api.post("/api/contracts/" + id + "/confirm", "", city).ok();

        try (BrowserContext c = context("en", 375)) {
            Page page = signedIn(c, SUPPLIER, "/supplier/contracts");
            link(page, "English").click();
            assertThat(entry(page, "Repas du conseil municipal")).containsText("Confirmed");
            assertThat(entry(page, "Boîtes à lunch du camp de jour")).containsText("Confirmed");
            assertThat(entry(page, "Boîtes à lunch du camp de jour")).containsText("$12,500.50");
            audit.check(page, "contracts-en-375");
        }
    }

    @Test
    void onAPhoneInEnglishAContactIntroducedByAnEarlierOneShowsItsChain() {
        try (BrowserContext c = context("en", 375)) {
            Page page = signedIn(c, SUPPLIER, "/supplier/contacts");
            link(page, "English").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My contact log"))).isVisible();
            audit.check(page, "contacts-en-375");

            link(page, "Log a contact").click();
            audit.check(page, "contact-new-en-375");
            page.getByLabel("With whom?").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Ville de Montréal"));
            page.getByLabel("Date of the contact").fill("2015-05-04");
            page.getByLabel("Channel", new Page.GetByLabelOptions().setExact(true)).selectOption("PILOT_ACTIVITY");
            page.getByLabel("My enterprise").check();
            page.getByLabel("Summary").fill("Breakfast of the pilot: the city's buyer met us at our table");
            button(page, "Log the contact").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Contact logged.");
            audit.check(page, "contact-first-en-375");

            link(page, "Log a contact this one led to").click();
            page.getByLabel("With whom?").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Commission scolaire de Montréal"));
            page.getByLabel("Date of the contact").fill("2015-05-20");
            page.getByLabel("Channel", new Page.GetByLabelOptions().setExact(true)).selectOption("MEETING");
            page.getByLabel("The other organization").check();
            page.getByLabel("Summary").fill("The school board's food service, introduced by the city");
            page.getByLabel("Next step (optional)").fill("Send the menu and prices");
            page.getByLabel("Follow-up date (optional)").fill("2015-06-03");
            assertThat(page.getByLabel("Introduced by an earlier contact (optional)")).not().hasValue("");
            button(page, "Log the contact").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Contact logged.");

            Locator chain = page.locator("ol.chain > li");
            assertThat(chain).hasCount(2);
            assertThat(chain.nth(0)).containsText("2015-05-04: Traiteur Les Jardins Partagés and Ville de Montréal");
            assertThat(chain.nth(1)).containsText("2015-05-20: Traiteur Les Jardins Partagés and Commission scolaire de Montréal");
            audit.check(page, "contact-chain-en-375");

            chain.nth(0).getByRole(AriaRole.LINK).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This contact led to"))).isVisible();
            link(page, "Relationship with Ville de Montréal").click();
            assertThat(page.getByText("Breakfast of the pilot: the city's buyer met us at our table")).isVisible();
            audit.check(page, "contact-history-en-375");
        }
    }

    @Test
    void theProfileIsPreviewedThenSavedAndTheDirectoryShowsIt() {
        String soon = LocalDate.now(ZoneId.of("America/Montreal")).plusDays(20).toString();
        try (BrowserContext c = context("fr", 1280)) {
            Page page = signedIn(c, SUPPLIER, "/supplier/profile");
            audit.check(page, "profile-fr-1280");
            page.getByLabel("Mission en français").fill("Repas locaux et de saison, cuisinés par des personnes en insertion.");
            page.getByLabel("Capacité").fill("Jusqu'à 800 repas par jour");
            Locator added = page.locator("fieldset.cert").last();
            added.getByLabel("Nom").fill("Aliments du Québec");
            added.getByLabel("Décernée par").fill("Aliments du Québec");
            added.getByLabel("Date d'expiration (facultative)").fill(soon);
            button(page, "Prévisualiser").click();
            assertThat(page.getByText("Aperçu de ce que vous avez saisi : rien n'est encore enregistré.")).isVisible();
            assertThat(page.locator(".preview-card")).containsText("Repas locaux et de saison");
            assertThat(page.locator(".warning-box")).containsText("Aliments du Québec expire dans 20 jours");
            audit.check(page, "profile-preview-fr-1280");

            button(page, "Enregistrer le profil").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Profil enregistré");
            link(page, "Voir le profil public").click();
            assertThat(page.getByText("Repas locaux et de saison, cuisinés par des personnes en insertion.")).isVisible();
            assertThat(page.getByText("Jusqu'à 800 repas par jour")).isVisible();
            assertThat(page.getByText("Aliments du Québec, par Aliments du Québec, valide jusqu'au " + soon)).isVisible();
            audit.check(page, "profile-public-fr-1280");
        }
    }

    @Test
    void aPersonOfTheProfileIsAddedChangedAndRemovedAfterConfirming() {
        try (BrowserContext c = context("fr", 1280)) {
            Page page = signedIn(c, SUPPLIER, "/supplier/profile");
            page.locator("#person-name").fill("Marc Roy");
            page.locator("#person-email").fill("marc.roy@jardins.example");
            button(page, "Ajouter la personne").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Personne ajoutée.");
            link(page, "Modifier Marc Roy").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Modifier Marc Roy").setLevel(1))).isVisible();
            page.getByLabel("Courriel (facultatif)").fill("marc.roy@");
            page.getByLabel("Fonction (facultative)").fill("Responsable des ventes");
            button(page, "Enregistrer la personne").click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("courriel");
            assertThat(page.getByLabel("Fonction (facultative)")).hasValue("Responsable des ventes");
            audit.check(page, "person-error-fr-1280");
            page.getByLabel("Courriel (facultatif)").fill("marc@jardins.example");
            button(page, "Enregistrer la personne").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Personne modifiée.");
            assertThat(page.getByText("marc@jardins.example")).isVisible();
            audit.check(page, "profile-people-fr-1280");
        }
        try (BrowserContext c = context("en", 375)) {
            Page page = signedIn(c, SUPPLIER, "/supplier/profile");
            link(page, "English").click();
            link(page, "Change Marc Roy").click();
            audit.check(page, "person-en-375");
            link(page, "Remove Marc Roy").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Remove Marc Roy?"))).isVisible();
            audit.check(page, "person-remove-en-375");
            link(page, "No, keep this person").click();
            assertThat(page.getByText("marc@jardins.example")).isVisible();
            link(page, "Remove Marc Roy").click();
            button(page, "Yes, remove this person").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Person removed.");
            assertThat(page.getByText("marc@jardins.example")).hasCount(0);
            audit.check(page, "profile-person-removed-en-375");
        }
    }

    @Test
    void onAPhoneInEnglishTheAlertsAreChangedAndKept() {
        try (BrowserContext c = context("en", 375)) {
            Page page = signedIn(c, SUPPLIER, "/supplier/alerts");
            link(page, "English").click();
            audit.check(page, "alerts-en-375");
            page.getByLabel("One summary a day").check();
            page.getByLabel("Time of the daily summary").selectOption("6");
            page.getByLabel("Français").check();
            page.getByLabel("Cancellation of an opportunity I am interested in").uncheck();
            // every kind this person can turn off has its own switch (issue 30)
            page.getByLabel("A reminder 48 hours before the deadline").uncheck();
            assertThat(page.getByLabel("The buyer's answers to questions on opportunities I am interested in")).isChecked();
            button(page, "Save my preferences").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Preferences saved.");
            page.reload();
            assertThat(page.getByLabel("One summary a day")).isChecked();
            assertThat(page.getByLabel("Time of the daily summary")).hasValue("6");
            assertThat(page.getByLabel("Français")).isChecked();
            assertThat(page.getByLabel("Cancellation of an opportunity I am interested in")).not().isChecked();
            assertThat(page.getByLabel("A reminder 48 hours before the deadline")).not().isChecked();
            audit.check(page, "alerts-saved-en-375");
        }
    }

    /** The first enterprise's contract and contact are made through the API here, so this test stands on its own. */
    @Test
    void anotherEnterpriseNeverSeesTheFirstOnesContractsOrContacts() {
        String jardins = api.login(SUPPLIER, PASSWORD);
        String me = api.get("/api/organizations?kind=ENTERPRISE&q=" + java.net.URLEncoder.encode("Jardins Partagés", java.nio.charset.StandardCharsets.UTF_8), null)
                .ok().path("items").get(0).path("id").asText();
        String cityId = api.get("/api/organizations?kind=INSTITUTION&q=" + java.net.URLEncoder.encode("Ville de Montréal", java.nio.charset.StandardCharsets.UTF_8), null)
                .ok().path("items").get(0).path("id").asText();
        api.post("/api/contracts", Map.of("buyerId", cityId, "supplierIds", List.of(me), "title", "Contrat que seule Jardins voit",
                "category", "90100000", "valueCad", 999), jardins).ok();
        String contact = api.post("/api/contacts", Map.of("enterpriseId", me, "counterpartId", cityId, "occurredOn", "2015-04-01",
                "channel", "PHONE", "initiatedBy", me, "summary", "Appel que seule Jardins voit"), jardins).ok().path("id").asText();

        try (BrowserContext c = context("fr", 1280)) {
            Page page = signedIn(c, STRANGER, "/supplier/contracts");
            assertThat(page.getByText("Contrat que seule Jardins voit")).hasCount(0);
            audit.check(page, "contracts-stranger-fr-1280");
            page.navigate(platform.gateway() + "/supplier/contacts");
            assertThat(page.getByText("Appel que seule Jardins voit")).hasCount(0);
            audit.check(page, "contacts-stranger-fr-1280");
            page.navigate(platform.gateway() + "/supplier/contacts/" + contact);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page introuvable"))).isVisible();
            // its own relationship with the first enterprise, if it has one, never shows the first one's other contacts
            page.navigate(platform.gateway() + "/supplier/contacts/with/" + me);
            assertThat(page.getByText("Appel que seule Jardins voit")).hasCount(0);
        }
    }
}
