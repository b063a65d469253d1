package org.maillage.web.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillage.devstack.ApiClient;
import org.maillage.testkit.RunningPlatform;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's buyer attaches documents to its published opportunity in a real Chromium against the whole platform:
 * a PDF as an addendum, a program renamed .pdf refused next to the field, then the public notice lists the document
 * and downloads it as an attachment. axe-core (WCAG 2.2 A/AA) on the page in both languages and sizes; screenshots
 * under target/screenshots/documents-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsBrowserIT {

    private static final String BUYER = "achats@ville.maillage.local";
    private static final String PASSWORD = "Demo-Maillage-2014!";
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Path SHOTS = Path.of("target", "screenshots");

    private RunningPlatform platform;
    private Playwright playwright;
    private Browser browser;
    private String opportunity;

    @BeforeAll
    void start() throws Exception {
        platform = RunningPlatform.start(Map.of("MAILLAGE_RATE_LIMITS_PER_ADDRESS_PER_MINUTE", "1000000",
                "MAILLAGE_RATE_LIMITS_LOGIN_PER_ADDRESS_PER_MINUTE", "1000"));
        platform.demo(Files.createTempDirectory("demo")).run();
        ApiClient api = new ApiClient(platform.gateway());
        String token = api.login(BUYER, PASSWORD);
        String deadline = LocalDateTime.now(ZoneId.of("America/Montreal")).plusDays(20).truncatedTo(ChronoUnit.SECONDS).toString();
        opportunity = api.post("/api/opportunities", Map.of("titleFr", "Traiteur pour les fêtes de quartier",
                "titleEn", "Catering for block parties", "categories", List.of("90100000"), "regions", List.of("06"),
                "method", "PUBLIC_CALL", "deadline", deadline), token).text("id");
        api.post("/api/opportunities/" + opportunity + "/publish", Map.of(), token).ok();
        Files.createDirectories(SHOTS);
        playwright = Browsers.playwright();
        browser = playwright.chromium().launch(Browsers.launchOptions());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void theBuyerAttachesAnAddendumAFakePdfIsRefusedAndTheNoticeOffersTheDownload() {
        try (BrowserContext c = context("fr", 1280)) {
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
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("not an accepted kind");
            assertThat(page.getByLabel("Ce qui change (addenda)")).hasValue("Ajout de l'offre type");
            assertThat(page.locator("#file-error")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SHOTS.resolve("documents-refused-fr-1280.png")));

            page.navigate(platform.gateway() + "/opportunities/" + opportunity);
            Download download = page.waitForDownload(() ->
                    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cahier des charges.pdf")).click());
            assertThat(download.suggestedFilename()).isEqualTo("Cahier des charges.pdf");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SHOTS.resolve("documents-notice-fr-1280.png")));
        }
    }

    @Test
    void theDocumentsPageHasNoAccessibilityViolationInBothLanguagesAndSizes() {
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("fr", "en")) {
            for (int width : new int[]{375, 1280}) {
                try (BrowserContext c = context(lang, width)) {
                    Page page = c.newPage();
                    signIn(page);
                    // signing in applies the account's own language: this round's language again
                    c.addCookies(List.of(new Cookie("maillage-lang", lang).setUrl(platform.gateway())));
                    page.navigate(platform.gateway() + "/buyer/opportunities/" + opportunity + "/documents");
                    page.waitForLoadState();
                    assertThat(page.locator("html")).hasAttribute("lang", lang);
                    String name = "documents-" + lang + "-" + width;
                    if (Boolean.TRUE.equals(page.evaluate("document.documentElement.scrollWidth > window.innerWidth"))) {
                        problems.add(name + ": scrolls sideways");
                    }
                    for (Rule v : new AxeBuilder(page).withTags(WCAG).analyze().getViolations()) {
                        problems.add(name + ": " + v.getId() + " " + v.getHelp() + " at "
                                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")));
                    }
                    page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SHOTS.resolve(name + ".png")));
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
        page.waitForURL(platform.gateway() + "/");
    }

    private BrowserContext context(String lang, int width) {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, width < 600 ? 800 : 900)
                .setBypassCSP(true).setLocale(lang.equals("fr") ? "fr-CA" : "en-CA").setAcceptDownloads(true));
        c.addCookies(List.of(new Cookie("maillage-lang", lang).setUrl(platform.gateway())));
        return c;
    }
}
