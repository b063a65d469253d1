package org.maillage.system.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's supplier (Traiteur Les Jardins Partagés) in a real Chromium against the whole platform with the demo:
 * finds matched calls on its dashboard, says "not interested" to one with a reason, asks a question and responds to
 * another, gets a receipt, withdraws and submits again; part of it again on a phone in English; a deadline passing
 * while the page is open; a closed call with its outcome; and another enterprise that never sees the response.
 * axe-core (WCAG 2.2 A and AA) on every page, screenshots under target/screenshots/supplier-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupplierBrowserIT extends BrowserTest {


    private static final String PASSWORD = "Demo-Maillage-2014!";
    private static final String SUPPLIER = "ventes@coop.maillage.local";
    private static final String OTHER_SUPPLIER = "ventes@tremplin.demo.maillage.local";
    private static final String PARTNER = "ventes@cuisine-sud-ouest.demo.maillage.local";
    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    private String buyer;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        buyer = api.login("achats@ville.maillage.local", PASSWORD);
    }

    @BeforeEach
    void noProblemYet() {
        problems.clear();
    }

    @Test
    void theSalesPersonAnswersOneCallNoAndRespondsToAnotherWithAReceipt() {
        String lunches = publish("Boîtes à lunch des camps de jour", LocalDate.now(MONTREAL).plusDays(20).atTime(14, 0));
        String snacks = publish("Collations des comités de quartier", LocalDate.now(MONTREAL).plusDays(21).atTime(14, 0));
        try (BrowserContext c = context("fr", 1280)) {
            Page page = signIn(c, SUPPLIER);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mon tableau de bord")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mon tableau de bord").setLevel(1))).isVisible();
            Locator lunchItem = page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("Boîtes à lunch des camps de jour"));
            assertThat(lunchItem).containsText("Nouvelle");
            assertThat(page.locator("#new-count")).containsText(Pattern.compile("nouvelles? pour vous|depuis votre dernière visite"));
            assertThat(lunchItem).containsText("(heure de Montréal)");
            assertThat(lunchItem).containsText(Pattern.compile("reste \\d+ j \\d+ h"));
            check(page, "supplier-dashboard-fr-1280");

            lunchItem.getByRole(AriaRole.LINK).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Boîtes à lunch des camps de jour"))).isVisible();
            check(page, "supplier-opportunity-fr-1280");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pas intéressé")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Choisissez la raison");
            check(page, "supplier-opportunity-error-fr-1280");
            page.getByLabel("Raison").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Pas la capacité en ce moment"));
            page.getByLabel("Note (facultative)").fill("Notre cuisine est prise par les camps en juillet.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pas intéressé")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("C'est noté");
            assertThat(page.getByText("Vous avez dit : pas intéressé (Pas la capacité en ce moment).")).isVisible();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Retour à mon tableau de bord")).click();
            assertThat(page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("Boîtes à lunch des camps de jour")))
                    .not().containsText("Nouvelle");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Collations des comités de quartier")).click();
            page.getByLabel("Poser une question à l'acheteur").fill("Les collations doivent-elles être sans noix ?");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer la question")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("sans le nom de votre entreprise");
            assertThat(page.getByText("Les collations doivent-elles être sans noix ?")).isVisible();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Répondre à cette occasion")).click();
            check(page, "supplier-response-fr-1280");
            page.getByLabel("Prix avant taxes, en dollars canadiens").fill("douze mille");
            page.getByLabel("Proposition", new Page.GetByLabelOptions().setExact(false)).first().fill("Collations maison, fruits du Québec, livrées à vélo.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Soumettre ma réponse")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Écrivez un montant");
            assertThat(page.getByLabel("Proposition", new Page.GetByLabelOptions().setExact(false)).first())
                    .hasValue("Collations maison, fruits du Québec, livrées à vélo.");
            check(page, "supplier-response-error-fr-1280");
            page.getByLabel("Prix avant taxes, en dollars canadiens").fill("18 450,50");
            page.getByText("Réponse conjointe avec d'autres entreprises (facultatif)").click();
            page.getByLabel("Cuisine collective du Sud-Ouest").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Soumettre ma réponse")).click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Reçu de votre réponse"))).isVisible();
            assertThat(page.getByText(Pattern.compile("^R-[0-9A-F]{8}-\\d{8}-\\d{6}$"))).isVisible();
            assertThat(page.getByText(Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\(heure de Montréal\\)"))).isVisible();
            assertThat(page.getByText("18 450,50 $")).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Imprimer le reçu"))).isVisible();
            assertThat(page.getByRole(AriaRole.TABLE)).containsText("Cuisine collective du Sud-Ouest");
            assertThat(page.getByRole(AriaRole.TABLE)).containsText("Confirmation attendue");
            String first = page.getByText(Pattern.compile("^R-[0-9A-F]{8}-")).textContent();
            check(page, "supplier-receipt-fr-1280");
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
            PageAudit.screenshot(page, "supplier-receipt-print");
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Retour à ma réponse")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retirer ma réponse")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Votre réponse est retirée");
            check(page, "supplier-response-withdrawn-fr-1280");
            assertThat(page.getByLabel("Prix avant taxes, en dollars canadiens")).hasValue("18450,50");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Soumettre ma réponse")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Reçu de votre réponse"))).isVisible();
            assertThat(page.getByText(Pattern.compile("^R-[0-9A-F]{8}-"))).not().hasText(first);

            // the quote as a file: the response is saved on the way to the files page, with what was just typed (issue 30, item 2)
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Retour à ma réponse")).click();
            page.getByLabel("Proposition", new Page.GetByLabelOptions().setExact(false)).first().fill("Collations maison, fruits du Québec, livrées à vélo, sans emballage.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer ma réponse et joindre un fichier")).click();
            page.getByLabel("Fichier").setInputFiles(new FilePayload("Soumission Jardins.pdf", "application/pdf", SampleFiles.PDF));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Joindre le document")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Le document a été joint.");
            check(page, "supplier-response-files-fr-1280");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Retour à ma réponse")).click();
            assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Fichiers joints à ma réponse"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Soumission Jardins.pdf"))).isVisible();
            assertThat(page.getByLabel("Proposition", new Page.GetByLabelOptions().setExact(false)).first()).hasValue("Collations maison, fruits du Québec, livrées à vélo, sans emballage.");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mon tableau de bord")).click();
            assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Mes réponses en cours")))
                    .containsText("Collations des comités de quartier");
        }
        try (BrowserContext c = context("fr", 375)) {
            Page page = signIn(c, PARTNER);
            page.navigate(platform.gateway() + "/supplier");
            Locator joints = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Réponses conjointes à confirmer"));
            assertThat(joints).containsText("Traiteur Les Jardins Partagés nomme votre entreprise");
            assertThat(page.locator("main")).not().containsText("18 450");
            joints.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Collations des comités de quartier")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirmer ma part")).click();
            assertThat(page.getByText("Vous avez confirmé votre part.")).isVisible();
            assertThat(page.locator("main")).not().containsText("18 450");
            assertThat(page.locator("main")).not().containsText("fruits du Québec");
            check(page, "supplier-partner-confirmed-fr-375");
        }
        assertThat(problems).isEmpty();
        assertThat(lunches).isNotEqualTo(snacks);
    }

    @Test
    void onAPhoneInEnglishTheSalesPersonSaysInterestedAndResponds() {
        String id = publish("Petits-déjeuners de la halte-garderie", LocalDate.now(MONTREAL).plusDays(15).atTime(12, 0));
        try (BrowserContext c = context("fr", 375)) {
            Page page = signIn(c, SUPPLIER);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
            page.navigate(platform.gateway() + "/supplier");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My dashboard").setLevel(1))).isVisible();
            check(page, "supplier-dashboard-en-375");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Breakfasts for the day-care drop-in")).click();
            check(page, "supplier-opportunity-en-375");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I am interested")).click();
            assertThat(page.getByText("You said: interested.")).isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Respond to this opportunity")).click();
            page.getByLabel("Price before taxes, in Canadian dollars").fill("$2,450.75");
            page.getByLabel("Proposal", new Page.GetByLabelOptions().setExact(false)).first().fill("Hot breakfasts for 40 children.");
            page.getByLabel("Links to your documents", new Page.GetByLabelOptions().setExact(false)).fill("not a link");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit my response")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Each line must be a link");
            check(page, "supplier-response-error-en-375");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Each line must be a link starting with https:// or http://.")).click();
            assertThat(page.getByLabel("Links to your documents", new Page.GetByLabelOptions().setExact(false))).isFocused();
            page.getByLabel("Links to your documents", new Page.GetByLabelOptions().setExact(false)).fill("https://jardins.example/menu.pdf");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit my response")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Receipt of your response"))).isVisible();
            assertThat(page.getByText("$2,450.75")).isVisible();
            check(page, "supplier-receipt-en-375");
        }
        assertThat(problems).isEmpty();
        assertThat(id).isNotBlank();
    }

    @Test
    void aDeadlineThatPassesWhileThePageIsOpenIsSaidAndTheButtonsStop() {
        LocalDateTime soon = LocalDateTime.now(MONTREAL).plusSeconds(40).truncatedTo(ChronoUnit.SECONDS);
        String id = publish("Buffet de la soirée des bénévoles", soon);
        try (BrowserContext c = context("fr", 1280)) {
            Page page = signIn(c, SUPPLIER);
            page.navigate(platform.gateway() + "/supplier/opportunities/" + id + "/response");
            Locator submit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Soumettre ma réponse"));
            assertThat(submit).isEnabled();
            page.getByLabel("Proposition", new Page.GetByLabelOptions().setExact(false)).first().fill("Buffet froid pour 80 personnes.");
            assertThat(page.getByText("La date limite est passée pendant que cette page était ouverte", new Page.GetByTextOptions().setExact(false)))
                    .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
            assertThat(submit).isDisabled();
            assertThat(page.getByLabel("Proposition", new Page.GetByLabelOptions().setExact(false)).first()).hasValue("Buffet froid pour 80 personnes.");
            check(page, "supplier-response-deadline-passed-fr-1280");
            page.reload();
            assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Résultat"))).containsText("n'a pas répondu");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Soumettre ma réponse"))).hasCount(0);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aClosedCallShowsTheResponseReadOnlyWithItsOutcome() {
        String id = null;
        for (JsonNode o : api.get("/api/opportunities?q=assemblees%20publiques&limit=100", null).ok().path("items")) {
            if ("Traiteur pour les assemblées publiques".equals(o.path("titleFr").asText())) {
                id = o.path("id").asText();
            }
        }
        assertThat(id).as("the demo's awarded catering call").isNotNull();
        try (BrowserContext c = context("fr", 375)) {
            Page page = signIn(c, SUPPLIER);
            page.navigate(platform.gateway() + "/supplier/opportunities/" + id + "/response");
            assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Résultat")))
                    .containsText(Pattern.compile("adjugé à votre entreprise|adjugé à une autre entreprise"));
            assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Ce que la plateforme a reçu"))).containsText("$");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Soumettre ma réponse"))).hasCount(0);
            // its status follows the call's outcome, never "Soumise" once awarded (issue 30, item 4)
            assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Ce que la plateforme a reçu")))
                    .containsText(Pattern.compile("Adjugée à votre entreprise|Non retenue"));
            check(page, "supplier-response-outcome-fr-375");
            // the call's page offers to read the response, no more to change it, and says when it was sent
            page.navigate(platform.gateway() + "/supplier/opportunities/" + id);
            assertThat(page.getByRole(AriaRole.LINK, named("Voir ma réponse"))).isVisible();
            assertThat(page.getByText("Voir ou modifier ma réponse")).hasCount(0);
            assertThat(page.getByText(Pattern.compile("\\(réponse envoyée le "))).isVisible();
        }
        assertThat(problems).isEmpty();
    }

    /** Issue 30, items 1 and 17: the demo's open catering call, its specifications where the supplier reads it and answers it. */
    @Test
    void theReadmesSupplierFindsAnOpenCateringCallWithItsSpecificationsWhereItAnswers() throws Exception {
        try (BrowserContext c = context("fr", 375)) {
            Page page = signIn(c, SUPPLIER);
            page.navigate(platform.gateway() + "/supplier");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Collations santé pour les camps de jour")).first().click();
            Locator documents = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Documents"));
            Locator specifications = documents.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Cahier-des-charges-collations.pdf"));
            assertThat(specifications).isVisible();
            assertThat(documents).containsText("v1 (en vigueur)");
            check(page, "supplier-call-documents-fr-375");
            com.microsoft.playwright.Download pdf = page.waitForDownload(specifications::click);
            assertThat(new String(java.nio.file.Files.readAllBytes(pdf.path()), StandardCharsets.ISO_8859_1))
                    .startsWith("%PDF-1.4").contains("Collations sant\u00e9 pour les camps de jour");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Répondre à cette occasion")).click();
            assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Documents de l'appel d'offres"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Cahier-des-charges-collations.pdf"))).isVisible();
            check(page, "supplier-response-call-documents-fr-375");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void anotherEnterpriseNeverSeesTheFirstOnesResponse() {
        String id = publish("Traiteur du forum régional", LocalDate.now(MONTREAL).plusDays(18).atTime(14, 0));
        String jardins = api.login(SUPPLIER, PASSWORD);
        api.put("/api/opportunities/" + id + "/responses/mine", Map.of("priceCad", 98765.43,
                "proposal", "Proposition secrète des Jardins"), jardins).ok();
        String multipart = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Prix secrets.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n" + new String(SampleFiles.PDF, StandardCharsets.US_ASCII) + "\r\n--b--\r\n";
        api.send("POST", "/api/opportunities/" + id + "/responses/mine/documents", "multipart/form-data; boundary=b", multipart, jardins).ok();
        try (BrowserContext c = context("fr", 1280)) {
            Page page = signIn(c, OTHER_SUPPLIER);
            page.navigate(platform.gateway() + "/supplier");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Traiteur du forum régional"))).isVisible();
            assertThat(page.locator("main")).not().containsText("98 765");
            for (String path : List.of("/supplier/opportunities/" + id, "/supplier/opportunities/" + id + "/response",
                    "/supplier/opportunities/" + id + "/response/receipt", "/supplier/opportunities/" + id + "/response/documents",
                    "/opportunities/" + id)) {
                page.navigate(platform.gateway() + path);
                assertThat(page.locator("main")).not().containsText("98 765");
                assertThat(page.locator("main")).not().containsText("Proposition secrète");
                assertThat(page.locator("main")).not().containsText("Prix secrets");
            }
            page.navigate(platform.gateway() + "/supplier/opportunities/" + id + "/response");
            assertThat(page.getByLabel("Prix avant taxes, en dollars canadiens")).hasValue("");
            check(page, "supplier-response-other-enterprise-fr-1280");
        }
        assertThat(problems).isEmpty();
    }

    /** A catering call of the README's buyer in Montréal, published: it matches the README's supplier. */
    private String publish(String titleFr, LocalDateTime deadline) {
        String titleEn = Map.of("Boîtes à lunch des camps de jour", "Lunch boxes for day camps",
                "Collations des comités de quartier", "Snacks for neighbourhood committees",
                "Petits-déjeuners de la halte-garderie", "Breakfasts for the day-care drop-in",
                "Buffet de la soirée des bénévoles", "Volunteers' evening buffet",
                "Traiteur du forum régional", "Catering for the regional forum").get(titleFr);
        String id = api.post("/api/opportunities", Map.of("titleFr", titleFr, "titleEn", titleEn, "descriptionFr", "Appel sur invitation.",
                "categories", List.of("90100000"), "regions", List.of("06"), "method", "INVITATION", "deadline", deadline.toString()), buyer)
                .ok().path("id").asText();
        api.post("/api/opportunities/" + id + "/publish", "", buyer).ok();
        return id;
    }

    private Page signIn(BrowserContext c, String email) {
        Page page = c.newPage();
        page.navigate(platform.gateway() + "/sign-in");
        page.getByLabel("Adresse courriel").fill(email);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
        page.waitForLoadState();
        // the account's language applies at sign-in: these tests start in French
        c.addCookies(List.of(new Cookie("maillage-lang", "fr").setUrl(platform.gateway())));
        return page;
    }

    /** axe-core (WCAG 2.2 A and AA), no sideways scrolling, and a full-page screenshot. */
    private void check(Page page, String name) {
        problems.addAll(PageAudit.violations(page, name));
        PageAudit.screenshot(page, name);
    }
}
