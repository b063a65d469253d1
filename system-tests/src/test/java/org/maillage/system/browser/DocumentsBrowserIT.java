package org.maillage.system.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's buyer attaches documents to its published opportunity in a real Chromium against the whole platform:
 * a PDF as an addendum, a program renamed .pdf refused next to the field, then the public notice lists the document
 * and downloads it as an attachment. axe-core (WCAG 2.2 A/AA) on the page in both languages and sizes; screenshots
 * under target/screenshots/documents-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsBrowserIT extends BrowserTest {

    private static final String BUYER = "achats@ville.maillage.local";
    private static final String PASSWORD = "Demo-Maillage-2014!";

    private String opportunity;

    @BeforeAll
    void start() throws Exception {
        String token = api.login(BUYER, PASSWORD);
        String deadline = LocalDateTime.now(ZoneId.of("America/Montreal")).plusDays(20).truncatedTo(ChronoUnit.SECONDS).toString();
        opportunity = api.post("/api/opportunities", Map.of("titleFr", "Traiteur pour les fêtes de quartier",
                "titleEn", "Catering for block parties", "categories", List.of("90100000"), "regions", List.of("06"),
                "method", "PUBLIC_CALL", "deadline", deadline), token).text("id");
        api.post("/api/opportunities/" + opportunity + "/publish", Map.of(), token).ok();
    }

    @Test
    void theBuyerAttachesAnAddendumAFakePdfIsRefusedAndTheNoticeOffersTheDownload() {
        try (BrowserContext c = downloading("fr", 1280)) {
            Page page = c.newPage();
            signIn(page);
            page.navigate(platform.gateway() + "/buyer/opportunities/" + opportunity + "/documents");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Documents : Traiteur pour les fêtes de quartier")))
                    .isVisible();

            page.getByLabel("Fichier").setInputFiles(new FilePayload("Cahier des charges.pdf", "application/pdf", SampleFiles.PDF));
            page.getByLabel("Ce qui change (addenda)").fill("Ajout du cahier des charges");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Joindre le document")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Le document a été joint.");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cahier des charges.pdf"))).isVisible();

            // a program renamed .pdf: refused, said next to the field, what was typed kept
            byte[] program = new byte[512];
            program[0] = 'M';
            program[1] = 'Z';
            page.getByLabel("Fichier").setInputFiles(new FilePayload("offre.pdf", "application/pdf", program));
            page.getByLabel("Ce qui change (addenda)").fill("Ajout de l'offre type");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Joindre le document")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("n'est pas d'un format accepté");
            assertThat(page.getByLabel("Ce qui change (addenda)")).hasValue("Ajout de l'offre type");
            assertThat(page.locator("#file-error")).isVisible();
            PageAudit.screenshot(page, "documents-refused-fr-1280");

            page.navigate(platform.gateway() + "/opportunities/" + opportunity);
            Download download = page.waitForDownload(() ->
                    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cahier des charges.pdf")).click());
            assertThat(download.suggestedFilename()).isEqualTo("Cahier des charges.pdf");
            PageAudit.screenshot(page, "documents-notice-fr-1280");
        }
    }

    @Test
    void theDocumentsPageHasNoAccessibilityViolationInBothLanguagesAndSizes() {
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("fr", "en")) {
            for (int width : new int[]{375, 1280}) {
                try (BrowserContext c = downloading(lang, width)) {
                    Page page = c.newPage();
                    signIn(page);
                    // signing in applies the account's own language: this round's language again
                    c.addCookies(List.of(new Cookie("maillage-lang", lang).setUrl(platform.gateway())));
                    page.navigate(platform.gateway() + "/buyer/opportunities/" + opportunity + "/documents");
                    page.waitForLoadState();
                    assertThat(page.locator("html")).hasAttribute("lang", lang);
                    String name = "documents-" + lang + "-" + width;
                    problems.addAll(PageAudit.violations(page, name));
                    PageAudit.screenshot(page, name);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private void signIn(Page page) {
        page.navigate(platform.gateway() + "/sign-in");
        boolean fr = "fr".equals(page.evaluate("document.documentElement.lang"));
        page.getByLabel(fr ? "Adresse courriel" : "Email address").fill(BUYER);
        page.getByLabel(fr ? "Mot de passe" : "Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(fr ? "Se connecter" : "Sign in")).click();
        // asked by no other page, the sign-in leads to the person's own dashboard (issue 29, item 13)
        page.waitForURL(platform.gateway() + "/buyer");
    }

    private static BrowserContext downloading(String lang, int width) {
        return context(lang, width, options -> options.setAcceptDownloads(true));
    }
}
