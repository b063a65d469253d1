package org.maillage.system.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillage.devstack.DemoAccounts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site in a real Chromium against the whole platform (services as processes, the demo loaded through
 * the API): every public page in French and English, on a phone and a desktop, checked by axe-core for
 * WCAG 2.2 A and AA, with a screenshot of each under target/screenshots; then sign-in and sign-out.
 * Controls are found by their role and accessible name, as a person using a screen reader finds them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteBrowserIT extends BrowserTest {


    private final Map<String, String> pages = new LinkedHashMap<>();

    @BeforeAll
    void start() throws Exception {
        String opportunity = api.get("/api/opportunities", null).ok().path("items").get(0).path("id").asText();
        String enterprise = api.get("/api/organizations?kind=ENTERPRISE&q=traiteur", null).ok().path("items").get(0).path("id").asText();
        String institution = api.get("/api/organizations?kind=INSTITUTION", null).ok().path("items").get(0).path("id").asText();
        pages.put("home", "/");
        pages.put("opportunities", "/opportunities");
        pages.put("notice", "/opportunities/" + opportunity);
        pages.put("directory", "/directory?q=traiteur");
        pages.put("enterprise", "/directory/enterprises/" + enterprise);
        pages.put("institution", "/directory/institutions/" + institution);
        pages.put("sign-in", "/sign-in");
        pages.put("forgot-password", "/forgot-password");
        pages.put("accessibility", "/accessibility");
        pages.put("about", "/about");
        pages.put("not-found", "/nowhere");
    }

    @Test
    void everyPageInBothLanguagesAndBothSizesHasNoAccessibilityViolation() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("fr", "en")) {
            for (int width : new int[]{375, 1280}) {
                try (BrowserContext c = context(lang, width)) {
                    Page page = c.newPage();
                    for (Map.Entry<String, String> entry : pages.entrySet()) {
                        page.navigate(platform.gateway() + entry.getValue());
                        page.waitForLoadState();
                        String name = entry.getKey() + "-" + lang + "-" + width;
                        assertThat(page.locator("html")).hasAttribute("lang", lang);
                        assertThat(page.getByRole(AriaRole.MAIN)).isVisible();
                        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(lang.equals("fr") ? "Navigation principale" : "Main navigation"))).isVisible();
                        problems.addAll(PageAudit.violations(page, name));
                        PageAudit.screenshot(page, name);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The API's search behind the page: words in either language, accents ignored, a filter, with and without JavaScript. */
    @Test
    void opportunitiesAreFoundByWordsAndFiltersWithAndWithoutJavaScript() {
        for (boolean js : new boolean[]{true, false}) {
            try (BrowserContext c = context("fr", 375, options -> options.setJavaScriptEnabled(js).setBypassCSP(false))) {
                Page page = c.newPage();
                page.navigate(platform.gateway() + "/opportunities");
                page.getByLabel("Mots du titre ou de la description, en français ou en anglais").fill("cafeteria");
                page.getByLabel("Catégorie").selectOption("90100000");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrer")).click();
                assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Repas pour la cafétéria du personnel de nuit")))
                        .isVisible();
                assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Traiteur pour les assemblées publiques")))
                        .isHidden();
                assertThat(page).hasURL(java.util.regex.Pattern.compile("q=cafeteria.*category=90100000"));
                PageAudit.screenshot(page, "opportunities-search-" + (js ? "js" : "nojs"));
            }
        }
    }

    @Test
    void theLanguageSwitchKeepsThePageAndTheSkipLinkLeadsToTheContent() {
        try (BrowserContext c = context("fr", 1280)) {
            Page page = c.newPage();
            page.navigate(platform.gateway() + "/opportunities");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
            assertThat(page).hasURL(platform.gateway() + "/opportunities");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Opportunities").setExact(true))).isVisible();

            page.navigate(platform.gateway() + "/about");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            page.keyboard().press("Tab");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skip to main content"))).isFocused();
            page.keyboard().press("Enter");
            assertThat(page.getByRole(AriaRole.MAIN)).isFocused();
        }
    }

    @Test
    void theHomePageDrawsEachPilotsChartFromItsTable() {
        try (BrowserContext c = context("fr", 1280)) {
            Page page = c.newPage();
            page.navigate(platform.gateway() + "/");
            assertThat(page.getByRole(AriaRole.TABLE).first()).isVisible();
            assertThat(page.getByRole(AriaRole.FIGURE).first().locator("canvas")).isVisible();
        }
    }

    /**
     * Issue 29: each pilot's figures on the front page are those of its own period (what the API gives for those months),
     * and the about page counts each pilot's members as the API does.
     */
    @Test
    void theFrontPageAndTheAboutPageSayWhatTheApiSaysForEachPilotsOwnPeriod() {
        try (BrowserContext c = context("fr", 1280)) {
            Page page = c.newPage();
            page.navigate(platform.gateway() + "/");
            for (com.fasterxml.jackson.databind.JsonNode pilot : api.get("/api/pilots", null).ok().path("items")) {
                java.time.YearMonth start = java.time.YearMonth.parse(pilot.path("startsOn").asText().substring(0, 7));
                java.time.YearMonth end = java.time.YearMonth.parse(pilot.path("endsOn").asText().substring(0, 7));
                java.time.YearMonth now = java.time.YearMonth.now(java.time.ZoneId.of("America/Montreal"));
                java.time.YearMonth to = end.isAfter(now) ? now : end;
                com.fasterxml.jackson.databind.JsonNode d = api.get("/api/reports/pilots/" + pilot.path("id").asText()
                        + "/dashboard?from=" + start + "&to=" + to, null).ok();
                com.microsoft.playwright.Locator section = page.locator("section.pilot").filter(
                        new com.microsoft.playwright.Locator.FilterOptions().setHasText(pilot.path("name").asText()));
                assertThat(section.locator("h4").first()).containsText("de " + start + " à " + to + ", mois compris");
                assertThat(section.locator("dl.figures").first().locator("div").nth(1).locator("dd"))
                        .hasText(java.text.NumberFormat.getIntegerInstance(java.util.Locale.CANADA_FRENCH)
                                .format(d.path("headline").path("contracts").asLong()));
            }
            page.navigate(platform.gateway() + "/about");
            for (com.fasterxml.jackson.databind.JsonNode pilot : api.get("/api/pilots", null).ok().path("items")) {
                assertThat(page.locator("main")).containsText("Membres : " + java.text.NumberFormat.getIntegerInstance(
                        java.util.Locale.CANADA_FRENCH).format(pilot.path("memberCount").asLong()));
            }
        }
    }

    @Test
    void signingInKeepsEveryTokenAwayFromThePageAndSigningOutEndsTheSession() {
        try (BrowserContext c = context("fr", 375)) {
            Page page = c.newPage();
            page.navigate(platform.gateway() + "/account");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Se connecter"))).isVisible();

            page.getByLabel("Adresse courriel").fill(DemoAccounts.COORDINATOR_EMAIL);
            page.getByLabel("Mot de passe").fill("pas le bon");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("L'adresse courriel ou le mot de passe est incorrect");
            assertThat(page.getByRole(AriaRole.ALERT)).isFocused();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("L'adresse courriel ou le mot de passe est incorrect")).click();
            assertThat(page.getByLabel("Adresse courriel")).isFocused();

            page.getByLabel("Mot de passe").fill(DemoAccounts.COORDINATOR_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
            assertThat(page).hasURL(platform.gateway() + "/account");
            String lang = String.valueOf(page.evaluate("document.documentElement.lang"));
            assertThat(page.getByText(DemoAccounts.COORDINATOR_EMAIL)).isVisible();

            Cookie session = c.cookies().stream().filter(k -> k.name.equals("maillage-session")).findFirst().orElseThrow();
            assertThat(session.httpOnly).isTrue();
            assertThat(session.sameSite).isEqualTo(SameSiteAttribute.LAX);
            assertThat(session.value).matches("[A-Za-z0-9_-]{43}");
            assertThat(String.valueOf(page.evaluate("document.cookie"))).doesNotContain("maillage-session");
            assertThat(String.valueOf(page.evaluate("JSON.stringify(localStorage) + JSON.stringify(sessionStorage)"))).isEqualTo("{}{}");
            assertThat(page.content()).doesNotContain("eyJ").doesNotContain("accessToken").doesNotContain("refreshToken");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(lang.equals("fr") ? "Se déconnecter" : "Sign out")).click();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(lang.equals("fr") ? "Se connecter" : "Sign in"))).isVisible();
            assertThat(c.cookies().stream().noneMatch(k -> k.name.equals("maillage-session"))).isTrue();
            page.navigate(platform.gateway() + "/account");
            assertThat(page).hasURL(platform.gateway() + "/sign-in?back=%2Faccount");
        }
    }
}
