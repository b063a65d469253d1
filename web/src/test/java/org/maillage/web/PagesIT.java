package org.maillage.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.maillage.web.stub.Samples;
import org.maillage.web.stub.StubApi;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page renders with sample data in both languages, with its language, landmarks and formats. */
@MicronautTest
class PagesIT extends WebTestSupport {

    private static final String EN = "maillage-lang=en";
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_STYLE = Pattern.compile("<style|\\sstyle=\"|\\son[a-z]+=\"", Pattern.CASE_INSENSITIVE);

    static List<String> pages() {
        return List.of("/", "/opportunities", "/opportunities/" + Samples.OPPORTUNITY, "/directory",
                "/directory/enterprises/" + Samples.ENTERPRISE, "/directory/institutions/" + Samples.INSTITUTION,
                "/sign-in", "/forgot-password", "/accessibility", "/about");
    }

    @Test
    void everyPageRendersInFrenchByDefaultAndInEnglishWhenChosen() {
        for (String path : pages()) {
            HttpResponse<String> fr = get(path);
            assertThat(fr.statusCode()).as(path).isEqualTo(200);
            assertThat(fr.body()).as(path).contains("<html lang=\"fr\">").contains("<main id=\"main\"").contains("<header")
                    .contains("<nav").contains("<footer").contains("Aller au contenu principal").contains("hreflang=\"en\"");
            assertThat(INLINE_SCRIPT.matcher(fr.body()).find()).as(path + " has no inline script").isFalse();
            assertThat(INLINE_STYLE.matcher(fr.body()).find()).as(path + " has no inline style or handler").isFalse();

            HttpResponse<String> en = get(path, EN);
            assertThat(en.statusCode()).as(path).isEqualTo(200);
            assertThat(en.body()).as(path).contains("<html lang=\"en\">").contains("Skip to main content").contains("hreflang=\"fr\"");
        }
    }

    @Test
    void theHomePageShowsEachPilotsHeadlineAsFiguresATableAndAChart() {
        String fr = get("/").body();
        assertThat(fr).contains("L'économie sociale : j'achète ! (Montréal)").contains("5 sur 6")
                .contains("1\u00a0234\u00a0567,89\u00a0$<").contains("<table").contains("Ville de Montréal")
                .contains("1\u00a0234,56\u00a0$<").contains("data-chart=").contains("/static/chart/chart.umd.js");
        String en = get("/", EN).body();
        assertThat(en).contains("5 of 6").contains("$1,234,567.89").contains("$1,234.56").contains("First contacts");
    }

    @Test
    void aNoticeShowsItsDeadlineWithTheTimeZoneAndItsAmendmentsAndQuestions() {
        String fr = get("/opportunities/" + Samples.OPPORTUNITY).body();
        assertThat(fr).contains("2026-03-10 12 h 00 (heure de Montréal)").contains("1\u00a0234,56\u00a0$")
                .contains("Date limite reportée").contains("Faut-il des repas végétariens?").contains("Oui, une dizaine.")
                .contains("Services de restauration").contains("Appel d'offres sur invitation").contains("Ville de Montréal")
                // a clause by its label, never its OCDS code (issue 30, item 10)
                .contains("Réduire les déchets").doesNotContain("environmental.wasteReduction");
        String en = get("/opportunities/" + Samples.OPPORTUNITY, EN).body();
        assertThat(en).contains("2026-03-10 12:00 (Montréal time)").contains("$1,234.56").contains("Catering for civil security")
                .contains("Restaurant services").contains("Call for tenders by invitation")
                .contains("Reduce waste").doesNotContain("environmental.wasteReduction");
    }

    @Test
    void theOpportunitiesPagePassesItsFiltersToTheApiSearchAndPagesWithItsCursor() {
        String first = get("/opportunities").body();
        assertThat(StubApi.lastOpportunitySearch).isEqualTo("limit=20");
        assertThat(first).contains("Traiteur pour la sécurité civile").contains("Entretien ménager lot 19").doesNotContain("lot 20<")
                .contains("href=\"/opportunities?cursor=page-2\"").contains("Page suivante").doesNotContain("Première page");

        String filtered = get("/opportunities?q=s%C3%A9curit%C3%A9&status=PUBLISHED&category=90100000&region=06&closingWithin=7").body();
        assertThat(StubApi.lastOpportunitySearch)
                .isEqualTo("limit=20&q=s%C3%A9curit%C3%A9&status=PUBLISHED&category=90100000&region=06&closingWithin=7");
        assertThat(filtered).contains("href=\"/opportunities?q=s%C3%A9curit%C3%A9&amp;status=PUBLISHED&amp;category=90100000&amp;region=06&amp;closingWithin=7&amp;cursor=page-2\"")
                .contains("<option value=\"PUBLISHED\" selected>").contains("<option value=\"7\" selected>");
        HttpResponse<String> fragment = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(BASE + "/opportunities?region=06"))
                .header("HX-Request", "true").build());
        assertThat(fragment.body()).contains("Traiteur pour la sécurité civile").doesNotContain("<html").doesNotContain("<form");

        String second = get("/opportunities?cursor=page-2", EN).body();
        assertThat(StubApi.lastOpportunitySearch).isEqualTo("limit=20&cursor=page-2");
        assertThat(second).contains("Cleaning lot 24").contains("First page").doesNotContain("Next page");
    }

    @Test
    void aFilterTheApiRefusesIsShownNextToItsFieldAndTheFormKeepsWhatWasTyped() {
        String page = get("/opportunities?q=traiteur&region=99").body();
        assertThat(page).contains("class=\"error-summary\"").contains("<a href=\"#region\">must be a region code from 01 to 17</a>")
                .contains("id=\"region-error\"").contains("aria-describedby=\"region-error\"").contains("value=\"traiteur\"")
                .contains("Aucune occasion ne correspond");
    }

    @Test
    void theDirectoryShowsFacetsAndResultsAndAnHtmxRequestGetsOnlyTheResults() {
        String page = get("/directory?q=traiteur").body();
        assertThat(page).contains("2 résultats").contains("Coopérative de solidarité (1)").contains("Montréal (2)")
                .contains("href=\"/directory/enterprises/" + Samples.ENTERPRISE + "\"").contains("cursor=c2");
        HttpResponse<String> fragment = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(BASE + "/directory?q=traiteur"))
                .header("HX-Request", "true").build());
        assertThat(fragment.body()).contains("2 résultats").doesNotContain("<html").doesNotContain("<nav");
    }

    @Test
    void aFilterTheApiRefusesIsShownNextToItsField() {
        HttpResponse<String> r = get("/directory?region=99");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("error-summary").contains("href=\"#region\"").contains("id=\"region-error\"")
                .contains("must be a region code from 01 to 17");
    }

    @Test
    void anInstitutionShowsItsDecisionUnits() {
        String en = get("/directory/institutions/" + Samples.INSTITUTION, EN).body();
        assertThat(en).contains("Decision units").contains("Service de l'approvisionnement").contains("$25,000")
                .contains("Direct award").contains("Municipality").contains("10 contracts, $250,000").doesNotContain("1 contracts");
    }

    @ParameterizedTest
    @CsvSource({
            "/nowhere, 404, Page introuvable, Page not found",
            "/opportunities/66666666-6666-4666-8666-666666666666, 503, Service momentanément indisponible, Service temporarily unavailable",
            "/directory/institutions/33333333-3333-4333-8333-333333333333, 403, Accès refusé, Access denied",
            "/opportunities/not-an-id, 404, Page introuvable, Page not found",
            "/directory/enterprises/99999999-9999-4999-8999-999999999999, 404, Page introuvable, Page not found"})
    void errorsArePagesInBothLanguages(String path, int status, String french, String english) {
        HttpResponse<String> fr = get(path);
        assertThat(fr.statusCode()).isEqualTo(status);
        assertThat(fr.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(fr.body()).contains(french).contains("<html lang=\"fr\">").doesNotContain("Exception");
        assertThat(get(path, EN).body()).contains(english);
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndTheSecurityHeaders() {
        HttpResponse<String> r = get("/");
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("default-src 'self'").contains("script-src 'self'").contains("style-src 'self'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(get("/static/site.css").statusCode()).isEqualTo(200);
        assertThat(get("/static/htmx/htmx.min.js").statusCode()).isEqualTo(200);
        assertThat(get("/static/chart/chart.umd.js").statusCode()).isEqualTo(200);
    }

    @Test
    void theLanguageSwitchKeepsThePageAndIsRemembered() {
        HttpResponse<String> r = get("/lang/en?back=" + java.net.URLEncoder.encode("/opportunities?q=traiteur", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/opportunities?q=traiteur");
        assertThat(setCookieHeader(r, "maillage-lang")).startsWith("maillage-lang=en").contains("Max-Age=");
        String switchLink = get("/opportunities?q=traiteur").body();
        assertThat(switchLink).contains("href=\"/lang/en?back=%2Fopportunities%3Fq%3Dtraiteur\"");
    }

    /** Issue 29, item 12: a first visit is in the browser's language (of the two); a choice made since wins. */
    @Test
    void aFirstVisitIsInTheBrowsersLanguageUntilThePersonChooses() {
        assertThat(visit("en-CA,en;q=0.9").body()).contains("<html lang=\"en\"");
        assertThat(visit("es-MX, en;q=0.5").body()).as("the first of the two the browser accepts").contains("<html lang=\"en\"");
        assertThat(visit("fr-CA,fr;q=0.9,en;q=0.8").body()).contains("<html lang=\"fr\"");
        assertThat(visit("de-DE").body()).as("neither: French").contains("<html lang=\"fr\"");
        assertThat(visit("not a language;;q=x").body()).as("a header that says nothing: French").contains("<html lang=\"fr\"");
        assertThat(send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(BASE + "/")).header("Accept-Language", "en-CA")
                .header("Cookie", "maillage-lang=fr").GET().build()).body()).as("the switch's choice").contains("<html lang=\"fr\"");
    }

    /** Issue 29, item 12: an emailed link carries the person's language; the page and the rest of the visit are in it. */
    @Test
    void anEmailedLinksLanguageOpensThePageInItAndIsRemembered() {
        HttpResponse<String> r = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(BASE + "/opportunities?lang=en&q=traiteur"))
                .header("Accept-Language", "fr-CA").header("Cookie", "maillage-lang=fr").GET().build());
        assertThat(r.body()).contains("<html lang=\"en\"")
                .as("the switch returns to the page without the link's language").contains("href=\"/lang/fr?back=%2Fopportunities%3Fq%3Dtraiteur\"");
        assertThat(setCookieHeader(r, "maillage-lang")).startsWith("maillage-lang=en");
        HttpResponse<String> unknown = get("/?lang=de");
        assertThat(unknown.body()).contains("<html lang=\"fr\"");
        assertThat(unknown.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("maillage-lang="));
    }

    private static HttpResponse<String> visit(String acceptLanguage) {
        return send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(BASE + "/")).header("Accept-Language", acceptLanguage).GET().build());
    }

    @Test
    void theLanguageSwitchNeverSendsToAnotherSite() {
        for (String back : List.of("//evil.example/", "https://evil.example/", "/\\evil.example")) {
            HttpResponse<String> r = get("/lang/en?back=" + java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(r.headers().firstValue("Location")).as(back).hasValue("/");
        }
    }
}
